package org.skillsmatrix.app.security;

import org.skillsmatrix.domain.people.SignInRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Completes a sign-in through the identity provider's sign-in page: Spring Security's {@link OidcUserService}
 * validates the ID token and reads userinfo; then the person is found, linked or added from the claims. A
 * refused sign-in fails the authentication with the reason, and nobody is signed in.
 */
final class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

    private final OidcUserService provider = new OidcUserService();
    private final IdentityClaims claims;
    private final SignInAttempts signIn;

    OidcAccounts(IdentityClaims claims, SignInAttempts signIn) {
        this.claims = claims;
        this.signIn = signIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = provider.loadUser(request);
        var identity = claims.identity(user.getClaims());
        try {
            var signedIn = signIn.signIn(identity);
            return new OidcAccount(user.getIdToken(), user.getUserInfo(), signedIn);
        } catch (SignInRefused refused) {
            log.info("Sign-in of account {} refused: {}", identity.subject(), refused.reason());
            var error = new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, refused.getMessage(), null);
            throw new OAuth2AuthenticationException(error, refused.getMessage(), refused);
        }
    }
}
