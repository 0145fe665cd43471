package org.skillsmatrix.persistence.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.Arrays;
import org.hibernate.StaleStateException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Optimistic locking and constraint translation for the adapters' writes. Every write flushes before it
 * returns, so that the version is incremented, the database's refusals surface here as domain errors, and the
 * SQL read models running in the same transaction see the change.
 */
public final class Writes {

    private Writes() {}

    /** Refuses an edit that was based on another version than the stored one. */
    public static void requireVersion(long stored, long editedAt, String what) {
        if (stored != editedAt) {
            throw new ConcurrentEdit(what);
        }
    }

    /**
     * Flushes pending changes. A row whose version moved on since it was loaded (another transaction committed
     * first) becomes {@link ConcurrentEdit}; a broken unique key becomes the key's error.
     */
    public static void flush(EntityManager entityManager, String what, UniqueKey... keys) {
        try {
            entityManager.flush();
        } catch (RuntimeException e) {
            throw translated(e, what, keys);
        }
    }

    /** The domain error for a failed write, or the failure itself when it means nothing to the domain. */
    public static RuntimeException translated(RuntimeException failure, String what, UniqueKey... keys) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof OptimisticLockingFailureException
                    || cause instanceof StaleStateException) {
                return new ConcurrentEdit(what);
            }
            if (cause instanceof PSQLException sql
                    && PSQLState.UNIQUE_VIOLATION.getState().equals(sql.getSQLState())
                    && sql.getServerErrorMessage() != null) {
                var constraint = sql.getServerErrorMessage().getConstraint();
                var key = Arrays.stream(keys)
                        .filter(k -> k.constraint().equals(constraint))
                        .findFirst();
                if (key.isPresent()) {
                    return key.get().error().get();
                }
            }
        }
        return failure;
    }
}
