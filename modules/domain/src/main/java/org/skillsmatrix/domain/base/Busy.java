package org.skillsmatrix.domain.base;

/** The work asked for cannot start now, as too much of its kind is running; the same request may succeed later. */
public final class Busy extends DomainException {

    public Busy(String message) {
        super(message);
    }
}
