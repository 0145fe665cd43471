package org.skillsmatrix.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.testing.TestOrganisation;

class LookUpTeamsTest {

    private final TestOrganisation world = new TestOrganisation();
    private final LookUpTeams lookUp = world.lookUpTeams;
    private final org.skillsmatrix.domain.people.Person zoe = world.person("Zoe Zimmer");
    private final org.skillsmatrix.domain.people.Person noah = world.person("Noah Fischer");
    private final org.skillsmatrix.domain.people.Person maya = world.person("Maya Schmidt");
    private final org.skillsmatrix.domain.people.Person otto = world.person("Otto Other");
    private final Team payments = world.team("Payments", List.of(zoe, noah), List.of(maya));
    private final Team platform = world.team("Platform", List.of(otto), List.of(otto));

    @Test
    void hrAndAdminsSeeEveryTeamManagersTheirOwnOthersNone() {
        assertThat(lookUp.list(hr(otto))).containsExactly(payments, platform);
        assertThat(lookUp.list(admin(noah))).containsExactly(payments, platform);
        assertThat(lookUp.list(manager(maya))).containsExactly(payments);
        assertThat(lookUp.list(employee(noah))).isEmpty();
    }

    @Test
    void detailsNameMembersAndManagersByName() {
        var details = lookUp.details(manager(maya), payments.id());

        assertThat(details.team()).isEqualTo(payments);
        assertThat(details.members()).containsExactly(noah, zoe);
        assertThat(details.managers()).containsExactly(maya);
    }

    @Test
    void detailsFollowTheAccessRules() {
        assertDenied(() -> lookUp.details(manager(maya), platform.id()));
        assertDenied(() -> lookUp.details(employee(noah), payments.id()));
        assertThat(lookUp.details(admin(noah), platform.id()).members()).containsExactly(otto);
        org.assertj.core.api.Assertions.assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> lookUp.details(hr(otto), TeamId.random()));
    }
}
