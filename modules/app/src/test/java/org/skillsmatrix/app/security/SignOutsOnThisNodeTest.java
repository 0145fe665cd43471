package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.people.SignOut;
import org.skillsmatrix.domain.people.SignOuts;
import org.skillsmatrix.domain.testing.TestClock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A sign-out the identity provider tells a node of while the database is away waits on that node and is recorded,
 * once and in the order received, when the database is back. The whole path against the real Keycloak and PostgreSQL
 * is in {@link KeycloakOutageIT}.
 */
class SignOutsOnThisNodeTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final Table table = new Table();
    private final SignOutsOnThisNode node =
            new SignOutsOnThisNode(table, new ProviderSessions(), Duration.ofSeconds(1), clock);

    @Test
    void a_sign_out_is_recorded_at_once_while_the_database_is_there() {
        var signOut = new SignOut("session-1", "subject-1", clock.instant());

        node.signedOut(signOut);

        assertThat(table.rows).containsExactly(signOut);
        assertThat(node.waiting()).isZero();
    }

    @Test
    void sign_outs_received_while_the_database_is_away_are_recorded_once_it_is_back() {
        var first = new SignOut("session-1", "subject-1", clock.instant());
        var second = new SignOut(null, "subject-2", clock.instant().plusSeconds(1));
        table.down = true;

        node.signedOut(first);
        node.signedOut(second);
        node.read();

        assertThat(table.rows).isEmpty();
        assertThat(node.waiting()).isEqualTo(2);

        table.down = false;
        node.read();
        node.read();

        assertThat(table.rows).containsExactly(first, second);
        assertThat(node.waiting()).isZero();
    }

    @Test
    void a_failure_that_is_not_the_database_being_away_is_not_kept() {
        table.broken = true;

        assertThatThrownBy(() -> node.signedOut(new SignOut("session-1", null, clock.instant())))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(node.waiting()).isZero();
    }

    /** The table of sign-outs, which can be out of reach. */
    private static final class Table implements SignOuts {

        final List<SignOut> rows = new ArrayList<>();
        boolean down;
        boolean broken;

        @Override
        public void record(SignOut signOut) {
            reachable();
            if (broken) {
                throw new DataIntegrityViolationException("a constraint");
            }
            rows.add(signOut);
        }

        @Override
        public List<SignOut> since(Instant from) {
            reachable();
            return rows.stream().filter(row -> !row.at().isBefore(from)).toList();
        }

        @Override
        public void forgetBefore(Instant before) {
            reachable();
            rows.removeIf(row -> row.at().isBefore(before));
        }

        private void reachable() {
            if (down) {
                throw new CannotCreateTransactionException(
                        "no connection", new SQLTransientConnectionException("Connection is not available"));
            }
        }
    }
}
