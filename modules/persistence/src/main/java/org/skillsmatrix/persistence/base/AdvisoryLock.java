package org.skillsmatrix.persistence.base;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's PostgreSQL advisory locks. An advisory lock holds across every node that shares the database;
 * the keys live here together so that no two locks share one.
 */
public enum AdvisoryLock {
    /** One import applied at a time. */
    IMPORTS(0x736b_696c_6c73_0001L),
    /** One node loads the demo organisation. */
    DEMO_DATA(0x736b_696c_6c73_0002L),
    /** One node migrates the schema. */
    MIGRATION(0x736b_696c_6c73_0003L);

    private final long key;

    AdvisoryLock(long key) {
        this.key = key;
    }

    public long key() {
        return key;
    }

    /**
     * Waits for the lock and holds it until the current transaction commits or rolls back. Outside a transaction
     * PostgreSQL would release it at once, so callers run in one.
     */
    public void holdUntilTransactionEnds(JdbcTemplate jdbc) {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> {}, key);
    }

    /** The first half of the two-number keys that hold one mentor each ({@link #holdMentor}). */
    private static final int MENTORS = 0x736b_0001;

    /**
     * Holds one mentor until the current transaction ends, as {@link #holdUntilTransactionEnds} does. Its key is two
     * numbers, the mentors' and a hash of the person's id, a key space apart from the single-number keys above; two
     * mentors sharing a hash wait for each other, nothing worse.
     */
    public static void holdMentor(JdbcTemplate jdbc, UUID mentor) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> {}, MENTORS, mentor.hashCode());
    }
}
