package org.skillsmatrix.api.base;

import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.conflict.LastChange;

/** An edit that lost to someone else's change, with that change where the caller may know of it: 409 or 412. */
final class LostRace extends RuntimeException {

    private final transient @Nullable LastChange lastChange;

    LostRace(String message, @Nullable LastChange lastChange) {
        super(message, null, false, false);
        this.lastChange = lastChange;
    }

    @Nullable
    LastChange lastChange() {
        return lastChange;
    }
}
