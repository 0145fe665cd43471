package org.skillsmatrix.api.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.scale.Interest;

/** The caller rates themselves in one skill. */
@Schema(name = "SelfRating")
record SelfRating(
        @NotNull @Schema(description = "The skill's id") @Nullable
        UUID skill,

        @NotNull @Min(0) @Max(4) @Schema(description = "0 None to 4 Expert", example = "3") @Nullable
        Integer level,

        @NotNull @Schema(description = "Whether the caller wants to grow in the skill") @Nullable
        Interest interest,

        @Size(max = Assessment.MAX_EVIDENCE) @Schema(example = "Ran the upgrade to PostgreSQL 17") @Nullable
        String evidence) {}
