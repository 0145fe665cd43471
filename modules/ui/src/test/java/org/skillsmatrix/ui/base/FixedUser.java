package org.skillsmatrix.ui.base;

import java.util.Optional;
import org.skillsmatrix.domain.access.Actor;

/** A signed-in user for view tests. */
public record FixedUser(Actor actor, String displayName, boolean demoMode) implements CurrentUser {

    @Override
    public Optional<Actor> actorIfSignedIn() {
        return Optional.of(actor);
    }
}
