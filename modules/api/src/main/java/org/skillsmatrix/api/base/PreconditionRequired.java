package org.skillsmatrix.api.base;

/** An edit of a versioned resource sent without {@code If-Match}: answered 428. */
public final class PreconditionRequired extends RuntimeException {

    public PreconditionRequired(String message) {
        super(message, null, false, false);
    }
}
