package org.skillsmatrix.app.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * A request to the API authenticated by a valid bearer token; its principal is a {@link TokenUser}, or a
 * {@link RefusedAccount} without any authority.
 */
final class TokenAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private static final long serialVersionUID = 1L;

    private TokenAuthentication(Jwt jwt, Object principal, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, principal, jwt, authorities);
        setAuthenticated(true);
    }

    static TokenAuthentication signedIn(Jwt jwt, TokenUser user) {
        return new TokenAuthentication(
                jwt, user, SignedInUser.authorities(user.actor().roles()));
    }

    static TokenAuthentication refused(Jwt jwt, RefusedAccount account) {
        return new TokenAuthentication(jwt, account, List.of());
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        // a token without a subject names no one
        return Objects.requireNonNullElse(getToken().getSubject(), "");
    }
}
