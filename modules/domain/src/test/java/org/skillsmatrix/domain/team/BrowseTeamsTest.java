package org.skillsmatrix.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.actor;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.testing.TestOrganisation;

class BrowseTeamsTest {

    private final TestOrganisation world = new TestOrganisation();
    private final BrowseTeams browseTeams = world.browseTeams;
    private final Person ann = world.person("Ann Smith");
    private final Person ben = world.person("Ben Brown");
    private final Person mona = world.person("Mona Manager");
    private final Person hanna = world.person("Hanna HR");
    private final Team search = world.team("Search", List.of(ben), List.of());
    private final Team payments = world.team("Payments", List.of(ann, mona), List.of(mona));

    @Test
    void hrReadsEveryTeamByNameAndSetsNoTargets() {
        assertThat(browseTeams.readable(hr(hanna))).containsExactly(payments, search);
        assertThat(browseTeams.maySetTargets(hr(hanna), payments.id())).isFalse();
        assertThat(browseTeams.rateableMembers(hr(hanna), payments.id(), List.of(ann.id(), mona.id())))
                .isEmpty();
    }

    @Test
    void aManagerReadsTheTeamsTheyManageAndRatesEveryMemberButThemselves() {
        assertThat(browseTeams.readable(manager(mona))).containsExactly(payments);
        assertThat(browseTeams.maySetTargets(manager(mona), payments.id())).isTrue();
        assertThat(browseTeams.maySetTargets(manager(mona), search.id())).isFalse();
        assertThat(browseTeams.rateableMembers(manager(mona), payments.id(), List.of(ann.id(), mona.id())))
                .containsExactly(ann.id());
    }

    @Test
    void aManagerWhoIsAlsoHrRatesOnlyTheirOwnTeams() {
        var both = actor(mona, Role.MANAGER, Role.HR, Role.EMPLOYEE);

        assertThat(browseTeams.readable(both)).containsExactly(payments, search);
        assertThat(browseTeams.rateableMembers(both, search.id(), List.of(ben.id())))
                .isEmpty();
        assertThat(browseTeams.rateableMembers(both, payments.id(), List.of(ann.id())))
                .containsExactly(ann.id());
    }

    @Test
    void employeesAndAdminsReadNoTeam() {
        assertThat(browseTeams.readable(employee(ann))).isEmpty();
        assertThat(browseTeams.readable(admin(ben))).isEmpty();
        assertThat(browseTeams.readable(manager(ben)))
                .as("a manager of no team")
                .isEmpty();
    }

    @Test
    void hrAndAdminsLookAtEveryTeamByNameManagersAtTheirOwnOthersAtNone() {
        assertThat(browseTeams.list(hr(hanna))).containsExactly(payments, search);
        assertThat(browseTeams.list(admin(ben))).containsExactly(payments, search);
        assertThat(browseTeams.list(manager(mona))).containsExactly(payments);
        assertThat(browseTeams.list(employee(ann))).isEmpty();
        assertThat(browseTeams.list(actor(ben))).isEmpty();
    }

    @Test
    void detailsNameMembersAndManagersByName() {
        var details = browseTeams.details(manager(mona), payments.id());

        assertThat(details.team()).isEqualTo(payments);
        assertThat(details.members()).containsExactly(ann, mona);
        assertThat(details.managers()).containsExactly(mona);
    }

    @Test
    void detailsFollowTheAccessRules() {
        assertDenied(() -> browseTeams.details(manager(mona), search.id()));
        assertDenied(() -> browseTeams.details(employee(ann), payments.id()));
        assertThat(browseTeams.details(admin(ann), search.id()).members()).containsExactly(ben);
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> browseTeams.details(hr(hanna), TeamId.random()));
    }
}
