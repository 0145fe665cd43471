package org.skillsmatrix.domain.whatif;

import java.util.List;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

/**
 * A small organisation whose gaps are computed by hand, for the what-if tests.
 *
 * <pre>
 *              Kafka  PostgreSQL  Rust   Security     targets
 * Payments  Ada    4       3          -      3        Kafka ≥3 × 2, PostgreSQL ≥3 × 1
 *           Ben    3       -          -      -
 *           Cleo   -       4          -      -
 * Search    Dan    2       -          -      -        Kafka ≥3 × 1 (missed today)
 *           Eva    -       -          4      -
 * </pre>
 *
 * Maya manages Payments, Sam manages Search, Hannah is HR.
 */
abstract class HandComputedOrganisation {

    final TestOrganisation org = new TestOrganisation();
    final Skill kafka = org.skill("Kafka");
    final Skill postgres = org.skill("PostgreSQL");
    final Skill rust = org.skill("Rust");
    final Skill security = org.skill("Security");
    final Person ada = org.person("Ada Lovelace");
    final Person ben = org.person("Ben Brown");
    final Person cleo = org.person("Cleo Chen");
    final Person dan = org.person("Dan Diaz");
    final Person eva = org.person("Eva Ek");
    final Person maya = org.person("Maya Schmidt");
    final Person sam = org.person("Sam Stone");
    final Person hannah = org.person("Hannah Ruiz");
    final Team payments = org.team("Payments", List.of(ada, ben, cleo), List.of(maya));
    final Team search = org.team("Search", List.of(dan, eva), List.of(sam));

    HandComputedOrganisation() {
        org.target(payments, kafka, Level.PROFICIENT, 2);
        org.target(payments, postgres, Level.PROFICIENT, 1);
        org.target(search, kafka, Level.PROFICIENT, 1);
        org.selfRated(ada, kafka, Level.EXPERT);
        org.selfRated(ada, postgres, Level.PROFICIENT);
        org.selfRated(ada, security, Level.PROFICIENT);
        org.selfRated(ben, kafka, Level.PROFICIENT);
        org.selfRated(cleo, postgres, Level.EXPERT);
        org.selfRated(dan, kafka, Level.WORKING_KNOWLEDGE);
        org.selfRated(eva, rust, Level.EXPERT);
    }
}
