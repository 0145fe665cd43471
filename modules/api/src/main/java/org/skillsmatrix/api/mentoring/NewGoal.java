package org.skillsmatrix.api.mentoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A development goal to set: often a proposed mentor pair. */
@Schema(name = "NewDevelopmentGoal")
record NewGoal(
        @NotNull @Nullable UUID skill,

        @NotNull
        @Min(1)
        @Max(4)
        @Schema(description = "The level to reach, above the learner's now", example = "3")
        @Nullable
        Integer target,

        @Schema(description = "Someone at Proficient or above and at least the target, with room under the cap")
        @Nullable
        UUID mentor,

        @NotNull @Schema(description = "Today or later", example = "2026-06-30") @Nullable
        LocalDate due) {}
