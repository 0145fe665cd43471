package org.skillsmatrix.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.people.SignOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Takes the identity provider's back-channel logout, whose logout token Spring Security has checked (signature,
 * issuer, audience, the back-channel logout event): this node's sessions of it end at once and the sign-out is
 * recorded for every node, since the provider calls one URL, usually not the node holding the sessions. While the
 * database is away the sign-out waits on this node and is recorded when it is back ({@link SignOutsOnThisNode}):
 * the provider is answered as when all is well, as it would not send the logout token again.
 */
final class BackChannelSignOuts implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(BackChannelSignOuts.class);

    private final SignOutsOnThisNode signOuts;
    private final Clock clock;

    BackChannelSignOuts(SignOutsOnThisNode signOuts, Clock clock) {
        this.signOuts = signOuts;
        this.clock = clock;
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
            return;
        }
        signOuts.signedOut(new SignOut(token.getSessionId(), token.getSubject(), clock.instant()));
        log.info("The identity provider signed out session {} of account {}", token.getSessionId(), token.getSubject());
    }
}
