package org.skillsmatrix.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of a signed-in session beyond the idle timeout ({@code server.servlet.session.timeout}).
 *
 * @param absoluteTimeout how long a session lasts at most from its start, however busy: then its user signs
 *     in again
 */
@ConfigurationProperties("skills-matrix.session")
record SessionProperties(Duration absoluteTimeout) {

    SessionProperties {
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
        if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "skills-matrix.session.absolute-timeout must be positive, not " + absoluteTimeout);
        }
    }
}
