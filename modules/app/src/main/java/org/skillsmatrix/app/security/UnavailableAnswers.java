package org.skillsmatrix.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.skillsmatrix.domain.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's answer when the database is out of reach before a controller runs, as when the account of a bearer
 * token is looked up: 503 problem details with Retry-After, never the sign-in page or a 500.
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
            } else {
                throw failure;
            }
        }
    }
}
