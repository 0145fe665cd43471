package org.skillsmatrix.domain.base;

/** Something named by the caller does not exist. */
public final class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
