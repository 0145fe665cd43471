package org.skillsmatrix.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that is older than the absolute timeout, however busy it has been, before the request is
 * signed in from it: the request goes on as anonymous, and the user signs in again. The idle timeout is the
 * servlet container's ({@code server.servlet.session.timeout}).
 */
final class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AbsoluteSessionTimeout.class);

    private final Duration timeout;
    private final Clock clock;

    AbsoluteSessionTimeout(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            try {
                var started = Instant.ofEpochMilli(session.getCreationTime());
                if (!clock.instant().isBefore(started.plus(timeout))) {
                    log.debug("Ending a session started at {}: older than {}", started, timeout);
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // another request of the same session ended it first
            }
        }
        chain.doFilter(request, response);
    }
}
