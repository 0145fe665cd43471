package org.skillsmatrix.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

class TeamTest {

    private final PersonId ann = PersonId.random();
    private final PersonId mona = PersonId.random();

    @Test
    void membershipChangesMakeNewTeamsAndKeepTheVersion() {
        var payments = new Team(TeamId.random(), "Payments", Set.of(), Set.of(), 4);

        var staffed = payments.withMember(ann).withManager(mona);

        assertThat(payments.members()).isEmpty();
        assertThat(staffed.members()).containsExactly(ann);
        assertThat(staffed.managers()).containsExactly(mona);
        assertThat(staffed.version()).isEqualTo(4);
        assertThat(staffed.withoutMember(ann).withoutManager(mona).members()).isEmpty();
    }

    @Test
    void aTeamKeepsItsOwnCopyOfMembersAndManagers() {
        var members = new HashSet<>(Set.of(ann));
        var payments = new Team(TeamId.random(), "Payments", members, Set.of(), 0);

        members.add(mona);

        assertThat(payments.members()).containsExactly(ann);
        assertThatThrownBy(() -> payments.members().add(mona)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTeamNameIsRequired() {
        assertInvalid(() -> new Team(TeamId.random(), " ", Set.of(), Set.of(), 0), "name", "Name must not be empty");
    }
}
