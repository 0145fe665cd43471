package org.skillsmatrix.api.people;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/** A person's current standing in one skill: the newest self and manager ratings. */
@Schema(name = "CurrentRating")
record CurrentRatingDto(
        UUID skill,
        @Schema(example = "PostgreSQL") String skillName,

        @Schema(
                description = "The level that counts: the manager's where there is one, else the person's own",
                example = "3")
        @Nullable
        Integer level,

        @Schema(example = "3") @Nullable Integer selfLevel,
        @Nullable Instant selfRatedAt,

        @Schema(description = "The validated level", example = "2") @Nullable
        Integer managerLevel,

        @Nullable Instant managerRatedAt,
        @Nullable Interest interest,

        @Schema(
                description = "When the level that counts was last stated: the manager's rating, or the person's own"
                        + " where it says the same level and is newer")
        @Nullable
        Instant confirmedAt,

        @Schema(description = "Whether the level that counts was last stated longer ago than the stale age")
        boolean stale) {

    static CurrentRatingDto of(CurrentRating rating, String skillName, RatingAge age) {
        return new CurrentRatingDto(
                rating.skill().value(),
                skillName,
                rating.level().map(Level::value).orElse(null),
                rating.self() == null ? null : rating.self().level().value(),
                rating.self() == null ? null : rating.self().at(),
                rating.manager() == null ? null : rating.manager().level().value(),
                rating.manager() == null ? null : rating.manager().at(),
                rating.interest(),
                rating.confirmedAt().orElse(null),
                age.isStale(rating));
    }
}
