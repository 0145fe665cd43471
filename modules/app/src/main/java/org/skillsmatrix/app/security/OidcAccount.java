package org.skillsmatrix.app.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.SignedIn;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A user signed in through the identity provider's sign-in page: their ID token (which RP-initiated logout
 * sends back to the provider) and the person it is linked to. Kept in the HTTP session, so it holds
 * serialisable values only.
 */
final class OidcAccount extends DefaultOidcUser implements SignedInUser {

    private static final long serialVersionUID = 1L;

    private final UUID personId;
    private final EnumSet<Role> roles;
    private final String displayName;

    OidcAccount(OidcIdToken idToken, @Nullable OidcUserInfo userInfo, SignedIn signedIn) {
        super(SignedInUser.authorities(signedIn.actor().roles()), idToken, userInfo);
        this.personId = signedIn.person().id().value();
        this.roles = EnumSet.copyOf(signedIn.actor().roles());
        this.displayName = signedIn.person().name();
    }

    @Override
    public Actor actor() {
        return new Actor(new PersonId(personId), Set.copyOf(roles));
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean demoAccount() {
        return false;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OidcAccount account
                && super.equals(account)
                && personId.equals(account.personId)
                && roles.equals(account.roles);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + personId.hashCode();
    }
}
