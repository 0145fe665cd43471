package org.skillsmatrix.app.retention;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.retention.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * People who left ({@code skills-matrix.retention.*}).
 *
 * @param anonymiseAfter how long after a person is deactivated their personal data is anonymised, e.g. 730d; absent
 *     (the default): never
 * @param schedule when the anonymisation runs, a cron expression in UTC (default every day at 05:30); "-" turns the
 *     schedule off (an admin can still run it on demand)
 */
@ConfigurationProperties("skills-matrix.retention")
public record RetentionProperties(
        @Nullable Duration anonymiseAfter, @Nullable String schedule) {

    public static final String DEFAULT_SCHEDULE = "0 30 5 * * *";

    public RetentionProperties {
        schedule = schedule == null || schedule.isBlank() ? DEFAULT_SCHEDULE : schedule;
        if (anonymiseAfter != null && anonymiseAfter.isNegative()) {
            throw new IllegalArgumentException(
                    "skills-matrix.retention.anonymise-after must be a duration such as 730d, not " + anonymiseAfter);
        }
    }

    public Retention retention() {
        return new Retention(anonymiseAfter);
    }

    @Override
    public String schedule() {
        return Objects.requireNonNull(schedule);
    }
}
