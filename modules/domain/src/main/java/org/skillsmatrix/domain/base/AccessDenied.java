package org.skillsmatrix.domain.base;

/** The access policy denied an action, or a sign-in was refused. */
public non-sealed class AccessDenied extends DomainException {

    public AccessDenied(String message) {
        super(message);
    }
}
