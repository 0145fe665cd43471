package org.skillsmatrix.domain.base;

/** The access policy denied an action. */
public final class AccessDenied extends DomainException {

    public AccessDenied(String message) {
        super(message);
    }
}
