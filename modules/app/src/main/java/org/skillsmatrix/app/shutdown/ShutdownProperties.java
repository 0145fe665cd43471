package org.skillsmatrix.app.shutdown;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a node leaves a load balancer ({@code skills-matrix.shutdown.*}).
 *
 * @param gracePeriod how long a node keeps serving after SIGTERM with readiness DOWN; 0 (the default) for none
 */
@ConfigurationProperties("skills-matrix.shutdown")
record ShutdownProperties(@Nullable Duration gracePeriod) {

    ShutdownProperties {
        gracePeriod = gracePeriod == null ? Duration.ZERO : gracePeriod;
    }

    @Override
    public Duration gracePeriod() {
        return java.util.Objects.requireNonNull(gracePeriod);
    }
}
