package org.skillsmatrix.ui.base;

import org.skillsmatrix.domain.base.DatabaseOutage;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.ErrorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells which kind of {@link Failure} something thrown is, for the error view and for failing actions alike. */
public final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    /**
     * The kind of failure; the database out of reach is logged as a warning, without the stack trace; one nobody foresaw is logged first, with its cause, as {@code Error <id> <doing>}, as the
     * API logs its unexpected failures.
     *
     * @param doing what the UI was doing, e.g. {@code opening /matrix/…}
     */
    public static Failure of(Throwable thrown, String doing) {
        if (DatabaseOutage.isCauseOf(thrown)) {
            log.warn("The database is unavailable {}: {}", doing, thrown.toString());
            return new Failure.DatabaseUnavailable();
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException error) {
                return new Failure.Refused(error);
            }
        }
        var id = ErrorId.next();
        log.error("Error {} {}", id, doing, thrown);
        return new Failure.Unexpected(id);
    }
}
