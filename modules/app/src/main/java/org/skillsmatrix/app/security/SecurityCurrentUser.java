package org.skillsmatrix.app.security;

import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.ui.base.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user from Spring Security's context, as the views see them. */
class SecurityCurrentUser implements CurrentUser {

    private final boolean demoMode;

    SecurityCurrentUser(boolean demoMode) {
        this.demoMode = demoMode;
    }

    @Override
    public Actor actor() {
        return account().actor();
    }

    @Override
    public String displayName() {
        return account().displayName();
    }

    @Override
    public boolean demoMode() {
        return demoMode;
    }

    private static LocalAccount account() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LocalAccount account) {
            return account;
        }
        throw new IllegalStateException("Nobody is signed in");
    }
}
