package org.skillsmatrix.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.skillsmatrix.domain.base.DatabaseOutage;
import org.skillsmatrix.ui.login.LoginView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed sign-in with a local account: {@code ?error} for a wrong user name or
 * password, {@code ?unavailable} when the account could not be looked up as the database is out of reach, which
 * is no fault of the password.
 */
final class LocalSignInFailures implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LocalSignInFailures.class);

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (DatabaseOutage.isCauseOf(failure)) {
            log.warn("A sign-in could not check the password, as the database is unavailable: {}", failure.toString());
            redirects.sendRedirect(request, response, "/login?" + LoginView.UNAVAILABLE);
        } else {
            redirects.sendRedirect(request, response, "/login?error");
        }
    }
}
