package org.skillsmatrix.domain.base;

/**
 * An answer is being computed for the first time since the application started, aside, and is not there yet: the
 * same request succeeds in a few seconds. Never a wrong or an empty answer in its place.
 */
public final class NotYetComputed extends DomainException {

    /** The seconds the caller is asked to wait before asking again (Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 10;

    public NotYetComputed() {
        super("The answer is still being computed after the application started; try again in a few seconds");
    }
}
