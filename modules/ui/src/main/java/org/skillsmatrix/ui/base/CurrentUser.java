package org.skillsmatrix.ui.base;

import java.util.Optional;
import org.skillsmatrix.domain.access.Actor;

/** The signed-in user as the views need them; the application provides it from the security context. */
public interface CurrentUser {

    /** The domain actor the use cases decide for; fails when nobody is signed in. */
    Actor actor();

    /** The domain actor while someone is signed in; empty on the pages before signing in. */
    Optional<Actor> actorIfSignedIn();

    /** The name to greet the user with. */
    String displayName();

    /** True while local demo accounts are in use instead of a real identity provider. */
    boolean demoMode();
}
