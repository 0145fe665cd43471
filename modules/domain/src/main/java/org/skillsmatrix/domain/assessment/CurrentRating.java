package org.skillsmatrix.domain.assessment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/**
 * A person's current standing in a skill: the newest self and the newest manager rating, and the interest
 * from the newest self-rating. The manager's rating, where there is one, is the validated level and wins.
 */
public record CurrentRating(
        PersonId person,
        SkillId skill,
        @Nullable Rating self,
        @Nullable Rating manager,
        @Nullable Interest interest) {

    public CurrentRating {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(skill, "skill");
    }

    /** The level that counts: the manager's where there is one, otherwise the person's own. */
    public Optional<Level> level() {
        return Optional.ofNullable(manager != null ? manager : self).map(Rating::level);
    }

    public Optional<Level> selfLevel() {
        return Optional.ofNullable(self).map(Rating::level);
    }

    /** The manager's level: present only once a manager has rated or validated. */
    public Optional<Level> validatedLevel() {
        return Optional.ofNullable(manager).map(Rating::level);
    }

    /**
     * When the level that counts was last stated: the manager's rating, or the person's own where it says the same
     * level and is newer; the person's own where no manager has rated. Empty without any rating.
     */
    public Optional<Instant> confirmedAt() {
        if (manager == null) {
            return Optional.ofNullable(self).map(Rating::at);
        }
        if (self != null && self.level() == manager.level() && self.at().isAfter(manager.at())) {
            return Optional.of(self.at());
        }
        return Optional.of(manager.at());
    }

    /**
     * Folds a history, in any order, into the current rating of one person and skill. Of two self-ratings, or
     * two manager ratings, made at the same instant, the one later in {@code history} wins.
     */
    public static CurrentRating of(PersonId person, SkillId skill, Iterable<Assessment> history) {
        Assessment newestSelf = null;
        Assessment newestManager = null;
        for (var assessment : history) {
            if (!assessment.person().equals(person) || !assessment.skill().equals(skill)) {
                continue;
            }
            if (assessment.source() == Source.SELF) {
                newestSelf = newer(newestSelf, assessment);
            } else {
                newestManager = newer(newestManager, assessment);
            }
        }
        return new CurrentRating(
                person,
                skill,
                rating(newestSelf),
                rating(newestManager),
                newestSelf == null ? null : newestSelf.interest());
    }

    private static Assessment newer(@Nullable Assessment current, Assessment candidate) {
        return current == null || !candidate.assessedAt().isBefore(current.assessedAt()) ? candidate : current;
    }

    private static @Nullable Rating rating(@Nullable Assessment assessment) {
        return assessment == null ? null : new Rating(assessment.level(), assessment.assessedAt());
    }
}
