package org.skillsmatrix.domain.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Level;

/**
 * When a rating has gone stale, and how gap analysis counts a stale one. A current rating is stale when the level
 * that counts was last stated longer ago than {@code staleAfter} ({@link CurrentRating#confirmedAt()}); by default
 * after 12 months. With {@code staleCountsOneLevelLower}, gap analysis counts a stale rating one level lower.
 */
public final class RatingAge {

    public static final Period DEFAULT_STALE_AFTER = Period.ofMonths(12);

    private final Period staleAfter;
    private final boolean staleCountsOneLevelLower;
    private final Clock clock;

    public RatingAge(Period staleAfter, boolean staleCountsOneLevelLower, Clock clock) {
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("A rating goes stale after a positive period, not " + staleAfter);
        }
        this.staleAfter = staleAfter;
        this.staleCountsOneLevelLower = staleCountsOneLevelLower;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Period staleAfter() {
        return staleAfter;
    }

    /** The months after which a rating goes stale, for texts; a period given in days or years is rounded down. */
    public long staleAfterMonths() {
        return staleAfter.toTotalMonths() + staleAfter.getDays() / 30;
    }

    public boolean staleCountsOneLevelLower() {
        return staleCountsOneLevelLower;
    }

    /** Ratings stated before this instant are stale. */
    public Instant cutoff() {
        return clock.instant().atOffset(ZoneOffset.UTC).minus(staleAfter).toInstant();
    }

    /** Whether the level that counts was last stated before the cutoff; a rating with no level is never stale. */
    public boolean isStale(CurrentRating rating) {
        return rating.confirmedAt().map(this::isStale).orElse(false);
    }

    /** Whether one given rating (a self or a manager rating) is older than the cutoff. */
    public boolean isStale(@Nullable Rating rating) {
        return rating != null && isStale(rating.at());
    }

    public boolean isStale(Instant statedAt) {
        return statedAt.isBefore(cutoff());
    }

    /** The level gap analysis counts: the current level, one lower where it is stale and the setting says so. */
    public Optional<Level> countedLevel(CurrentRating rating) {
        return rating.level()
                .map(level -> staleCountsOneLevelLower && level != Level.NONE && isStale(rating)
                        ? Level.of(level.value() - 1)
                        : level);
    }
}
