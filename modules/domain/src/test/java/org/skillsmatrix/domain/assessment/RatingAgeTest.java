package org.skillsmatrix.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestClock;

class RatingAgeTest {

    private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");
    private final TestClock clock = new TestClock(NOW);
    private final RatingAge age = new RatingAge(RatingAge.DEFAULT_STALE_AFTER, false, clock);
    private final RatingAge lower = new RatingAge(RatingAge.DEFAULT_STALE_AFTER, true, clock);

    @Test
    void aRatingGoesStaleTwelveMonthsAfterItWasStatedByDefault() {
        assertThat(age.cutoff()).isEqualTo(Instant.parse("2025-03-15T12:00:00Z"));
        assertThat(age.isStale(Instant.parse("2025-03-15T11:59:59Z"))).isTrue();
        assertThat(age.isStale(Instant.parse("2025-03-15T12:00:00Z"))).isFalse();
        assertThat(age.staleAfterMonths()).isEqualTo(12);
        assertThat(new RatingAge(Period.ofDays(90), false, clock).staleAfterMonths())
                .isEqualTo(3);
    }

    @Test
    void theManagersRatingDecidesUnlessThePersonRestatedTheSameLevelSince() {
        var old = Instant.parse("2024-01-01T00:00:00Z");
        var recent = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(age.isStale(current(rating(Level.PROFICIENT, recent), rating(Level.PROFICIENT, old))))
                .as("the person confirmed the manager's level since")
                .isFalse();
        assertThat(age.isStale(current(rating(Level.EXPERT, recent), rating(Level.PROFICIENT, old))))
                .as("the person says another level; the manager's old one still counts")
                .isTrue();
        assertThat(age.isStale(current(rating(Level.PROFICIENT, old), rating(Level.PROFICIENT, recent))))
                .isFalse();
        assertThat(age.isStale(current(rating(Level.PROFICIENT, old), null))).isTrue();
        assertThat(age.isStale(current(null, null))).isFalse();
    }

    @Test
    void withTheSettingAStaleRatingCountsOneLevelLowerAndNeverBelowNone() {
        var old = Instant.parse("2024-01-01T00:00:00Z");
        var stale = current(rating(Level.PROFICIENT, old), null);
        var fresh = current(rating(Level.PROFICIENT, NOW), null);

        assertThat(age.countedLevel(stale)).contains(Level.PROFICIENT);
        assertThat(lower.countedLevel(stale)).contains(Level.WORKING_KNOWLEDGE);
        assertThat(lower.countedLevel(fresh)).contains(Level.PROFICIENT);
        assertThat(lower.countedLevel(current(rating(Level.NONE, old), null))).contains(Level.NONE);
        assertThat(lower.countedLevel(current(null, null))).isEmpty();
    }

    @Test
    void aRatingGoesStaleAfterAPositivePeriodOnly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RatingAge(Period.ZERO, false, clock));
        assertThatIllegalArgumentException().isThrownBy(() -> new RatingAge(Period.ofMonths(-1), false, clock));
    }

    private static Rating rating(Level level, Instant at) {
        return new Rating(level, at);
    }

    private static CurrentRating current(@Nullable Rating self, @Nullable Rating manager) {
        return new CurrentRating(
                PersonId.random(), SkillId.random(), self, manager, self == null ? null : Interest.NEUTRAL);
    }
}
