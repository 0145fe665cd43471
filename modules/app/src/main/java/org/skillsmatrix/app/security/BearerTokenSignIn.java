package org.skillsmatrix.app.security;

import org.skillsmatrix.domain.people.Identity;
import org.skillsmatrix.domain.people.SignInRefused;
import org.skillsmatrix.domain.people.SignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Signs in the account of a bearer token that the decoder found valid (signature, issuer, expiry, audience).
 * The person is looked up by the token's subject, one indexed query, and the sign-in kept a short while
 * ({@link RecentSignIns}); only a first request, or one whose claims changed, writes. An account that may not sign
 * in gets an authentication without roles, and so a 403.
 */
final class BearerTokenSignIn implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenSignIn.class);

    private final IdentityClaims claims;
    private final SignInAttempts signIn;
    private final RecentSignIns<Identity, SignedIn> recent;

    BearerTokenSignIn(IdentityClaims claims, SignInAttempts signIn, RecentSignIns<Identity, SignedIn> recent) {
        this.claims = claims;
        this.signIn = signIn;
        this.recent = recent;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var identity = claims.identity(jwt.getClaims());
        try {
            return TokenAuthentication.signedIn(
                    jwt, new TokenUser(recent.signIn(identity, () -> signIn.signIn(identity))));
        } catch (SignInRefused refused) {
            log.debug("Bearer token of account {} refused: {}", identity.subject(), refused.reason());
            return TokenAuthentication.refused(jwt, RefusedAccount.of(identity.subject(), refused));
        }
    }
}
