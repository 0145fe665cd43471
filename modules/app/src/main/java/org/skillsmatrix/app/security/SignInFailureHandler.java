package org.skillsmatrix.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.skillsmatrix.domain.people.SignInRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in through the identity provider to the page that says why: {@code no-access} with the
 * reason of a refusal ({@code no-roles}, {@code unknown-user}, {@code no-trusted-email}, {@code inactive},
 * {@code linked-to-another-account}), {@code unavailable} when the provider could not be reached (to start the
 * sign-in or to redeem its code), or
 * {@code failed} for anything else (the user cancelled, the sign-in took too long, the provider failed). Not
 * back to the sign-in itself, which would loop.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String PAGE = "/no-access";

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        var reason = "failed";
        if (failure.getCause() instanceof SignInRefused refused) {
            reason = refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        } else if (unreachable(failure)) {
            reason = "unavailable";
            log.warn("Sign-in through the identity provider failed, as it cannot be reached: {}", failure.getMessage());
        } else {
            log.info("Sign-in through the identity provider failed: {}", failure.getMessage());
        }
        redirects.sendRedirect(request, response, PAGE + "?reason=" + reason);
    }

    /** Whether talking to the provider failed on the network: refused, reset, timed out. */
    private static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
