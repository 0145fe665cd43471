package org.skillsmatrix.api;

import java.util.List;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

/**
 * The people, team and skills the controller tests call the API about: Noah Fischer, a member of Payments, which
 * Maya Schmidt manages; Hannah Ruiz of HR; a few skills. Made once for all the tests that share the context.
 */
public final class SmallOrganisation {

    public final Person employee;
    public final Person manager;
    public final Person hr;
    public final Team payments;
    public final List<Skill> skills;

    SmallOrganisation(TestOrganisation org) {
        employee = org.person("Noah Fischer");
        manager = org.person("Maya Schmidt");
        hr = org.person("Hannah Ruiz");
        payments = org.team("Payments", List.of(employee), List.of(manager));
        skills = List.of(org.skill("Java"), org.skill("PostgreSQL"), org.skill("Kubernetes"));
    }
}
