package org.skillsmatrix.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class WritesTest {

    static final UniqueKey TEAM_NAME = UniqueKey.of("uq_team_name", "name", "team.name-taken", "Payments");

    @Test
    void anEditOfAnotherVersionIsAConcurrentEdit() {
        Writes.requireVersion(3, 3, "Team 'Payments'");

        assertThatThrownBy(() -> Writes.requireVersion(4, 3, "Team 'Payments'"))
                .isInstanceOf(ConcurrentEdit.class)
                .hasMessageStartingWith("Team 'Payments' was changed by someone else");
    }

    @Test
    void optimisticLockingFailuresBecomeConcurrentEdits() {
        assertThat(Writes.translated(new OptimisticLockException("stale"), "Team", TEAM_NAME))
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(Writes.translated(new ObjectOptimisticLockingFailureException("TeamEntity", "id"), "Team"))
                .isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void aBrokenUniqueKeyBecomesItsError() {
        var failure =
                new DataIntegrityViolationException("could not execute statement", uniqueViolation("uq_team_name"));

        assertThat(Writes.translated(failure, "Team", TEAM_NAME))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("A team named 'Payments' already exists")
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("name");
    }

    @Test
    void otherFailuresStayAsTheyAre() {
        var otherKey = new DataIntegrityViolationException("duplicate", uniqueViolation("uq_person_email"));
        var other = new IllegalStateException("broken");

        assertThat(Writes.translated(otherKey, "Team", TEAM_NAME)).isSameAs(otherKey);
        assertThat(Writes.translated(other, "Team", TEAM_NAME)).isSameAs(other);
    }

    private static PSQLException uniqueViolation(String constraint) {
        // The server's error fields: severity, SQLSTATE, message, constraint name.
        return new PSQLException(new ServerErrorMessage(
                "SERROR\0C23505\0Mduplicate key value violates unique constraint\0n" + constraint + "\0"));
    }
}
