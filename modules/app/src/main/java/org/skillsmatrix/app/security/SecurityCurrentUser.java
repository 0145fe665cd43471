package org.skillsmatrix.app.security;

import java.util.Optional;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.ui.base.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The signed-in user from Spring Security's context, as the views see them: a local demo account or an
 * account of the identity provider, each carried as a {@link SignedInUser} principal.
 */
final class SecurityCurrentUser implements CurrentUser {

    private final SecurityContextHolderStrategy security;

    /**
     * Reads the context through the application context's strategy, which the filter chains write to, rather than
     * through {@link org.springframework.security.core.context.SecurityContextHolder}'s static one, which belongs
     * to whichever application context set it last.
     */
    SecurityCurrentUser(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    @Override
    public Actor actor() {
        return signedIn().actor();
    }

    @Override
    public Optional<Actor> actorIfSignedIn() {
        var authentication = security.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user.actor())
                : Optional.empty();
    }

    @Override
    public String displayName() {
        return signedIn().displayName();
    }

    @Override
    public boolean demoMode() {
        return signedIn().demoAccount();
    }

    SignedInUser signedIn() {
        var authentication = security.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new IllegalStateException("Nobody is signed in");
    }
}
