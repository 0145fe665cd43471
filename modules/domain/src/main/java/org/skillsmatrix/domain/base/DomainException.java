package org.skillsmatrix.domain.base;

/** A rule of the domain was broken; the message is written for the person who caused it. */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInput, NotFound, AccessDenied, ConcurrentEdit, Busy, NotYetComputed {

    private final String message;

    protected DomainException(String message) {
        super(message);
        this.message = message;
    }

    /** Never null: every domain exception is made with its message. */
    @Override
    public String getMessage() {
        return message;
    }
}
