package org.skillsmatrix.domain.base;

/** An edit based on a stale version: someone else changed the same thing first. */
public final class ConcurrentEdit extends DomainException {

    public ConcurrentEdit(String what) {
        super(what + " was changed by someone else in the meantime; reload it and apply your change again");
    }
}
