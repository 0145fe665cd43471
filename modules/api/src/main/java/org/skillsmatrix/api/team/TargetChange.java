package org.skillsmatrix.api.team;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.team.TeamTarget;

/** A team's target for one skill, as it is to be. */
@Schema(name = "TargetChange")
record TargetChange(
        @NotNull @Min(1) @Max(4) @Schema(description = "1 Awareness to 4 Expert", example = "3") @Nullable
        Integer level,

        @NotNull @Min(1) @Max(TeamTarget.MAX_HEADCOUNT) @Schema(example = "2") @Nullable
        Integer headcount,

        @Schema(description = "The version the change is based on, if If-Match does not name it", example = "0")
        @Nullable
        Long version) {}
