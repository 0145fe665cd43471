package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;

/**
 * What every {@link Teams} must do, including the {@link org.skillsmatrix.domain.access.ManagementRelations}
 * the access policy relies on. Extend it with the stores to test; each test makes its own people and teams
 * through the ports, with names unique to the test, and ignores whatever else is stored.
 */
public abstract class TeamsContract {

    protected abstract Teams teams();

    /** Where the contract makes the members and managers of its teams. */
    protected abstract People people();

    private Teams teams;
    private String tag;
    private PersonId alice;
    private PersonId bob;
    private PersonId mona;

    @BeforeEach
    void freshPeople() {
        teams = teams();
        tag = UUID.randomUUID().toString().substring(0, 8);
        alice = newPerson("Alice");
        bob = newPerson("Bob");
        mona = newPerson("Mona");
    }

    @Test
    void anAddedTeamIsFoundWithItsMembersAndManagers() {
        var added = teams.add(team("Payments", Set.of(alice, bob), Set.of(mona)));

        var found = teams.byId(added.id()).orElseThrow();

        assertThat(found.name()).isEqualTo(added.name());
        assertThat(found.members()).containsExactlyInAnyOrder(alice, bob);
        assertThat(found.managers()).containsExactly(mona);
        assertThat(found.version()).isEqualTo(added.version());
    }

    @Test
    void anUnknownTeamIsNotFound() {
        assertThat(teams.byId(TeamId.random())).isEmpty();
    }

    @Test
    void anUpdateStoresTheChangeAndIncrementsTheVersion() {
        var added = teams.add(team("Payments", Set.of(alice), Set.of(mona)));

        var updated = teams.update(
                added.renamed("Payments Core " + tag).withMember(bob).withoutManager(mona));

        assertThat(updated.version()).isEqualTo(added.version() + 1);
        var found = teams.byId(added.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Payments Core " + tag);
        assertThat(found.members()).containsExactlyInAnyOrder(alice, bob);
        assertThat(found.managers()).isEmpty();
        assertThat(found.version()).isEqualTo(updated.version());
    }

    @Test
    void anUpdateBasedOnAStaleVersionFailsAndChangesNothing() {
        var added = teams.add(team("Payments", Set.of(alice), Set.of(mona)));
        var first = teams.update(added.withMember(bob));

        assertThatThrownBy(() -> teams.update(added.withoutMember(alice))).isInstanceOf(ConcurrentEdit.class);

        var found = teams.byId(added.id()).orElseThrow();
        assertThat(found.members()).containsExactlyInAnyOrder(alice, bob);
        assertThat(found.version()).isEqualTo(first.version());
    }

    @Test
    void successiveUpdatesEachNeedTheLatestVersion() {
        var added = teams.add(team("Payments", Set.of(), Set.of()));
        var once = teams.update(added.withMember(alice));
        var twice = teams.update(once.withMember(bob));

        assertThat(twice.version()).isEqualTo(added.version() + 2);
        assertThatThrownBy(() -> teams.update(once.withManager(mona))).isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void allListsTeamsByName() {
        var charlie = teams.add(team("Charlie", Set.of(), Set.of()));
        var alpha = teams.add(team("Alpha", Set.of(), Set.of()));
        var bravo = teams.add(team("Bravo", Set.of(), Set.of()));
        var ours = Set.of(alpha.id(), bravo.id(), charlie.id());

        assertThat(teams.all().stream().map(Team::id).filter(ours::contains))
                .containsExactly(alpha.id(), bravo.id(), charlie.id());
    }

    @Test
    void memberOfAndManagedByNameThePersonsTeamsOnly() {
        var payments = teams.add(team("Payments", Set.of(alice, bob), Set.of(mona)));
        var search = teams.add(team("Search", Set.of(alice), Set.of()));
        teams.add(team("Ledger", Set.of(bob), Set.of()));

        assertThat(teams.memberOf(alice)).extracting(Team::id).containsExactlyInAnyOrder(payments.id(), search.id());
        assertThat(teams.managedBy(mona)).extracting(Team::id).containsExactly(payments.id());
        assertThat(teams.memberOf(mona)).isEmpty();
        assertThat(teams.managedBy(alice)).isEmpty();
    }

    @Test
    void aNameIsTakenByAnotherTeamButNotByTheTeamItself() {
        var payments = teams.add(team("Payments", Set.of(), Set.of()));

        assertThat(teams.nameTaken(payments.name(), TeamId.random())).isTrue();
        assertThat(teams.nameTaken(payments.name(), payments.id())).isFalse();
        assertThat(teams.nameTaken("Unused " + tag, TeamId.random())).isFalse();
    }

    @Test
    void aManagerManagesTheMembersOfTheirTeamsOnly() {
        var payments = teams.add(team("Payments", Set.of(alice), Set.of(mona)));
        var ledger = teams.add(team("Ledger", Set.of(bob), Set.of()));

        assertThat(teams.manages(mona, alice)).isTrue();
        assertThat(teams.manages(mona, bob)).isFalse();
        assertThat(teams.manages(alice, mona)).isFalse();
        assertThat(teams.manages(mona, mona)).isFalse();
        assertThat(teams.managesTeam(mona, payments.id())).isTrue();
        assertThat(teams.managesTeam(mona, ledger.id())).isFalse();
        assertThat(teams.managesTeam(alice, payments.id())).isFalse();
        assertThat(teams.managesTeam(mona, TeamId.random())).isFalse();
    }

    @Test
    void managementFollowsMembershipChangesAtOnce() {
        var payments = teams.add(team("Payments", Set.of(alice), Set.of(mona)));

        var changed = teams.update(payments.withoutMember(alice).withMember(bob));
        assertThat(teams.manages(mona, alice)).isFalse();
        assertThat(teams.manages(mona, bob)).isTrue();

        teams.update(changed.withoutManager(mona));
        assertThat(teams.manages(mona, bob)).isFalse();
        assertThat(teams.managesTeam(mona, payments.id())).isFalse();
    }

    // --- helpers

    private Team team(String name, Set<PersonId> members, Set<PersonId> managers) {
        return new Team(TeamId.random(), name + " " + tag, members, managers, 0);
    }

    private PersonId newPerson(String name) {
        var id = PersonId.random();
        return people().add(new Person(id, name + " " + tag, "contract-" + id + "@example.com", null, true, 0))
                .id();
    }
}
