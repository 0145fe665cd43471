package org.skillsmatrix.app.usecase;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The privacy threshold ({@code skills-matrix.privacy.*}): the fewest people a count shown outside their team (the
 * organisation's views, reports and API answers) may be over; by default five. 1 shows every count.
 */
@ConfigurationProperties("skills-matrix.privacy")
record PrivacyProperties(@Nullable Integer minimumGroup) {

    PrivacyProperties {
        minimumGroup = minimumGroup == null ? PrivacyThreshold.DEFAULT_MINIMUM_GROUP : minimumGroup;
        if (minimumGroup < 1) {
            throw new IllegalArgumentException(
                    "skills-matrix.privacy.minimum-group must be at least 1, not " + minimumGroup);
        }
    }

    @Override
    public Integer minimumGroup() {
        return Objects.requireNonNull(minimumGroup);
    }

    PrivacyThreshold threshold() {
        return new PrivacyThreshold(minimumGroup());
    }
}
