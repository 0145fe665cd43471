package org.skillsmatrix.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

class AnalyseOrganisationGapsTest {

    private final TestOrganisation world = new TestOrganisation();
    private final AnalyseOrganisationGaps analyseOrganisationGaps = world.analyseOrganisationGaps;
    private final Person ann = world.person("Ann Smith");
    private final Person ben = world.person("Ben Brown");
    private final Person cleo = world.person("Cleo Clark");
    private final Person gina = world.inactivePerson("Gina Gone");
    private final Person mona = world.person("Mona Manager");
    private final Team payments = world.team("Payments", List.of(ann, gina), List.of(mona));
    private final Team search = world.team("Search", List.of(ben), List.of());
    private final Skill java = world.skill("Java");
    private final Skill postgres = world.skill("PostgreSQL");
    private final Skill security = world.skill("Security");

    @Test
    void hrSeesEverySkillAcrossTheOrganisationRiskiestFirst() {
        world.target(payments, security, Level.PROFICIENT, 2);
        world.target(search, security, Level.AWARENESS, 1);
        world.target(search, java, Level.EXPERT, 1);
        world.selfRated(ann, security, Level.PROFICIENT);
        world.selfRated(gina, security, Level.EXPERT);
        world.selfRated(ben, java, Level.PROFICIENT);
        world.selfRated(cleo, java, Level.EXPERT);
        world.selfRated(cleo, postgres, Level.EXPERT);
        world.selfRated(ben, postgres, Level.EXPERT);

        var gaps = analyseOrganisationGaps.analyse(hr(world.person("Hilda HR")));

        assertThat(gaps.skills())
                .containsExactly(
                        // Payments: Ann only, Gina is inactive → 1 short; Search: Ben unrated → 1 short
                        new OrganisationSkillCoverage(security.id(), 1, ann.id(), 2, 2, 2),
                        // Search needs an expert: Ben is proficient, Cleo is in no team → 1 short
                        new OrganisationSkillCoverage(java.id(), 2, null, 1, 1, 1),
                        new OrganisationSkillCoverage(postgres.id(), 2, null, 0, 0, 0));
        assertThat(gaps.soleHolders()).containsExactly(entry(ann.id(), "Ann Smith"));
    }

    @Test
    void managersAdminsAndEmployeesDoNotSeeOrganisationWideFigures() {
        assertDenied(() -> analyseOrganisationGaps.analyse(manager(mona)));
        assertDenied(() -> analyseOrganisationGaps.analyse(admin(world.person("Ada Admin"))));
        assertDenied(() -> analyseOrganisationGaps.analyse(employee(ann)));
    }
}
