package org.skillsmatrix.domain.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void a_connection_the_pool_could_not_get_in_time_is_an_outage_however_deeply_wrapped() {
        var timeout = new SQLTransientConnectionException("Connection is not available, request timed out");

        assertThat(DatabaseOutage.isCauseOf(timeout)).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException(new RuntimeException(timeout))))
                .isTrue();
    }

    @Test
    void connection_exceptions_and_a_server_shutting_down_or_starting_are_outages() {
        assertThat(DatabaseOutage.isCauseOf(new SQLException("refused", "08001")))
                .isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("I/O error", "08006")))
                .isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("starting up", "57P03")))
                .isTrue();
    }

    @Test
    void the_failed_rollback_of_a_statement_whose_connection_the_server_ended_is_an_outage() {
        var rollback = new IllegalStateException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"));

        assertThat(DatabaseOutage.isCauseOf(rollback)).isTrue();
    }

    @Test
    void other_database_errors_and_other_failures_are_not() {
        assertThat(DatabaseOutage.isCauseOf(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("bug"))).isFalse();
    }
}
