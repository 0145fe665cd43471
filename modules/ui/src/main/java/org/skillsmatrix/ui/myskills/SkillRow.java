package org.skillsmatrix.ui.myskills;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.PersonGap;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/**
 * A skill with the person's standing in it. The standing changes when they rate the skill; the row stays
 * the same row (equal by skill), so the tree can refresh it in place.
 */
final class SkillRow implements CatalogRow {

    private final Skill skill;
    private final String categoryName;
    private final @Nullable Level expected;
    private @Nullable CurrentRating rating;
    private List<Assessment> history;

    SkillRow(
            Skill skill,
            String categoryName,
            @Nullable Level expected,
            @Nullable CurrentRating rating,
            List<Assessment> history) {
        this.skill = skill;
        this.categoryName = categoryName;
        this.expected = expected;
        this.rating = rating;
        this.history = List.copyOf(history);
    }

    Skill skill() {
        return skill;
    }

    @Override
    public String name() {
        return skill.name();
    }

    /** Only active skills take new ratings; a retired one is shown for its history. */
    boolean rateable() {
        return skill.active();
    }

    boolean rated() {
        return rating != null && rating.level().isPresent();
    }

    Optional<Level> selfLevel() {
        return rating == null ? Optional.empty() : rating.selfLevel();
    }

    Optional<Level> validatedLevel() {
        return rating == null ? Optional.empty() : rating.validatedLevel();
    }

    Optional<Interest> interest() {
        return rating == null ? Optional.empty() : Optional.ofNullable(rating.interest());
    }

    /** When the skill was last rated, by the person or their manager. */
    Optional<Instant> lastRated() {
        if (rating == null) {
            return Optional.empty();
        }
        return Stream.of(rating.self(), rating.manager())
                .filter(r -> r != null)
                .map(Rating::at)
                .max(Instant::compareTo);
    }

    /** Whether the level that counts has gone stale. */
    boolean stale(RatingAge age) {
        return rating != null && age.isStale(rating);
    }

    /** Whether the person's own rating has gone stale, so that they may confirm it unchanged. */
    boolean confirmable(RatingAge age) {
        return rateable() && rating != null && rating.interest() != null && age.isStale(rating.self());
    }

    /** The level the person's role profile expects; empty where it expects none. */
    Optional<Level> expected() {
        return Optional.ofNullable(expected);
    }

    /** Levels still to go to the expected level, by the domain's rule; 0 where nothing is expected. */
    int gap() {
        if (expected == null) {
            return 0;
        }
        var current = rating == null ? null : rating.level().orElse(null);
        return new PersonGap(skill.id(), expected, current).gap();
    }

    /** The ratings of this skill, newest first. */
    List<Assessment> history() {
        return history;
    }

    void update(@Nullable CurrentRating newRating, List<Assessment> newHistory) {
        this.rating = newRating;
        this.history = List.copyOf(newHistory);
    }

    @Override
    public boolean matches(String filter) {
        return filter.isEmpty()
                || skill.name().toLowerCase(Locale.ROOT).contains(filter)
                || categoryName.toLowerCase(Locale.ROOT).contains(filter);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SkillRow row && row.skill.id().equals(skill.id());
    }

    @Override
    public int hashCode() {
        return skill.id().hashCode();
    }

    @Override
    public String toString() {
        return "SkillRow[" + skill.name() + "]";
    }
}
