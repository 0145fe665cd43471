package org.skillsmatrix.app.usecase;

import java.time.Period;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ratings' age ({@code skills-matrix.ratings.*}): after how long a rating is stale (an ISO-8601 period such as
 * {@code P12M} or {@code P90D}; by default 12 months), and whether gap analysis counts a stale rating one level
 * lower (by default not: at its level, with the targets met only thanks to stale ratings named).
 */
@ConfigurationProperties("skills-matrix.ratings")
record RatingProperties(@Nullable Period staleAfter, boolean staleCountsOneLevelLower) {

    RatingProperties {
        staleAfter = staleAfter == null ? RatingAge.DEFAULT_STALE_AFTER : staleAfter;
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException(
                    "skills-matrix.ratings.stale-after must be a positive period, not " + staleAfter);
        }
    }

    @Override
    public Period staleAfter() {
        return Objects.requireNonNull(staleAfter);
    }
}
