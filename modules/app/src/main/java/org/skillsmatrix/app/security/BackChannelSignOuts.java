package org.skillsmatrix.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.people.SignOut;
import org.skillsmatrix.domain.people.SignOuts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Takes the identity provider's back-channel logout, whose logout token Spring Security has checked (signature,
 * issuer, audience, the back-channel logout event), and records the sign-out for every node, this one included:
 * the provider calls one URL, usually not the node holding the sessions. Sign-outs older than {@link #KEPT} are
 * forgotten on the way.
 */
final class BackChannelSignOuts implements LogoutHandler {

    /** Far longer than any node takes to read a sign-out. */
    static final Duration KEPT = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(BackChannelSignOuts.class);

    private final SignOuts signOuts;
    private final Clock clock;

    BackChannelSignOuts(SignOuts signOuts, Clock clock) {
        this.signOuts = signOuts;
        this.clock = clock;
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
            return;
        }
        var now = clock.instant();
        signOuts.record(new SignOut(token.getSessionId(), token.getSubject(), now));
        signOuts.forgetBefore(now.minus(KEPT));
        log.info("The identity provider signed out session {} of account {}", token.getSessionId(), token.getSubject());
    }
}
