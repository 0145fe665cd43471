package org.skillsmatrix.persistence.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.domain.testing.TeamsContract;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

class TeamsIT extends PersistenceIT {

    @Autowired
    Teams teams;

    @Autowired
    People people;

    Person ada;
    Person grace;
    Person linus;

    @BeforeEach
    void somePeople() {
        var testPeople = new TestPeople(people);
        ada = testPeople.add("Ada Lovelace");
        grace = testPeople.add("Grace Hopper");
        linus = testPeople.add("Linus Torvalds");
    }

    @Nested
    class KeepsTheContract extends TeamsContract {

        @Override
        protected Teams teams() {
            return teams;
        }

        @Override
        protected People people() {
            return people;
        }
    }

    @Test
    void storesATeamWithItsMembersAndManagers() {
        var team =
                teams.add(new Team(TeamId.random(), "Payments", Set.of(ada.id(), grace.id()), Set.of(linus.id()), 0));

        assertThat(teams.byId(team.id())).contains(team);
        assertThat(team.members()).containsExactlyInAnyOrder(ada.id(), grace.id());
        assertThat(team.managers()).containsExactly(linus.id());
    }

    @Test
    void aChangeOfMembershipIncrementsTheVersion() {
        var team = teams.add(new Team(TeamId.random(), "Payments", Set.of(ada.id()), Set.of(), 0));

        var changed =
                teams.update(team.withMember(grace.id()).withoutMember(ada.id()).withManager(linus.id()));

        assertThat(changed.version()).isEqualTo(team.version() + 1);
        assertThat(changed.members()).containsExactly(grace.id());
        assertThat(changed.managers()).containsExactly(linus.id());
        assertThat(teams.byId(team.id())).contains(changed);
        assertThatThrownBy(() -> teams.update(team.renamed("Billing"))).isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void listsTeamsByNameAndThoseAPersonBelongsToOrManages() {
        var search = teams.add(new Team(TeamId.random(), "Search", Set.of(ada.id()), Set.of(linus.id()), 0));
        var payments =
                teams.add(new Team(TeamId.random(), "Payments", Set.of(ada.id(), grace.id()), Set.of(grace.id()), 0));

        assertThat(teams.all()).containsExactly(payments, search);
        assertThat(teams.memberOf(ada.id())).containsExactly(payments, search);
        assertThat(teams.memberOf(linus.id())).isEmpty();
        assertThat(teams.managedBy(linus.id())).containsExactly(search);
        assertThat(teams.managedBy(grace.id())).containsExactly(payments);
    }

    @Test
    void knowsWhoManagesWhom() {
        var search = teams.add(new Team(TeamId.random(), "Search", Set.of(ada.id()), Set.of(linus.id()), 0));
        var payments = teams.add(new Team(TeamId.random(), "Payments", Set.of(grace.id()), Set.of(), 0));

        assertThat(teams.manages(linus.id(), ada.id())).isTrue();
        assertThat(teams.manages(linus.id(), grace.id())).isFalse();
        assertThat(teams.manages(ada.id(), linus.id())).isFalse();
        assertThat(teams.managesTeam(linus.id(), search.id())).isTrue();
        assertThat(teams.managesTeam(linus.id(), payments.id())).isFalse();
    }

    @Test
    void namesAreUniqueRegardlessOfCase() {
        var team = teams.add(new Team(TeamId.random(), "Payments", Set.of(), Set.of(), 0));

        assertThat(teams.nameTaken("PAYMENTS", TeamId.random())).isTrue();
        assertThat(teams.nameTaken("Payments", team.id())).isFalse();
        assertThatThrownBy(() -> teams.add(new Team(TeamId.random(), "payments", Set.of(), Set.of(), 0)))
                .isInstanceOf(InvalidInput.class);
    }
}
