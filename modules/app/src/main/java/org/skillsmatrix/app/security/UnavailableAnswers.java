package org.skillsmatrix.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.skillsmatrix.domain.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's answer when something it depends on is out of reach before a controller runs: 503 problem details with
 * Retry-After, never the sign-in page or a 500. The database, when the account of a bearer token is looked up; the
 * identity provider, when its keys are needed to check a token's signature and cannot be fetched.
 */
final class UnavailableAnswers extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnavailableAnswers.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            if (DatabaseOutage.isCauseOf(failure)) {
                log.warn(
                        "The database is unavailable answering {} {}: {}",
                        request.getMethod(),
                        request.getRequestURI(),
                        failure.toString());
                ProblemResponses.databaseUnavailable(request, response);
            } else if (identityProviderUnreachable(failure)) {
                log.warn(
                        "The identity provider is unreachable answering {} {}: {}",
                        request.getMethod(),
                        request.getRequestURI(),
                        failure.toString());
                ProblemResponses.identityProviderUnavailable(request, response);
            } else {
                throw failure;
            }
        }
    }

    /**
     * A token could not be checked at all: the provider's discovery document or keys could not be fetched. Spring
     * Security reports a token that is merely invalid as such, and never by these exceptions.
     */
    private static boolean identityProviderUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtDecoderInitializationException || cause instanceof AuthenticationServiceException) {
                return true;
            }
        }
        return false;
    }
}
