package org.skillsmatrix.domain.base;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach from any other: no connection could be had in time,
 * or the one in use was lost or the server is shutting down or starting. Such a request may well succeed a
 * moment later, so it is answered as "unavailable, try again", never as a refused sign-in or a bug.
 */
public final class DatabaseOutage {

    /** What the person or program that asked is told. */
    public static final String MESSAGE = "The database is unavailable; try again in a moment.";

    /** The seconds the caller is asked to wait before trying again (Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** SQLSTATEs of a server that is going away or not yet there (PostgreSQL's class 57, operator intervention). */
    private static final Set<String> SERVER_AWAY = Set.of("57P01", "57P02", "57P03");

    /** Connection exceptions (SQLSTATE class 08): the connection could not be made or was lost. */
    private static final String CONNECTION_EXCEPTION = "08";

    /**
     * What the connection pool says of a connection it closed because the server ended it. A transaction whose
     * statement failed that way fails again rolling back, and the rollback's failure, without a SQLSTATE, is what
     * reaches the caller.
     */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    /** How deep into the causes to look; a chain of causes may loop. */
    private static final int MAX_DEPTH = 32;

    private DatabaseOutage() {}

    /** Whether the failure, or any of its causes, is the database being out of reach. */
    public static boolean isCauseOf(Throwable failure) {
        var depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && connectionLost(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionLost(SQLException failure) {
        var state = failure.getSQLState();
        if (state == null) {
            var message = failure.getMessage();
            return message != null && message.endsWith(CLOSED_BY_THE_POOL);
        }
        return state.startsWith(CONNECTION_EXCEPTION) || SERVER_AWAY.contains(state);
    }
}
