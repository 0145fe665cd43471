package org.skillsmatrix.api.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Assessment;

/** A manager rates, or validates, a member of a team they manage in one skill. */
@Schema(name = "ManagerRating")
record ManagerRating(
        @NotNull @Schema(description = "The skill's id") @Nullable
        UUID skill,

        @NotNull @Min(0) @Max(4) @Schema(description = "0 None to 4 Expert", example = "2") @Nullable
        Integer level,

        @Size(max = Assessment.MAX_EVIDENCE) @Schema(example = "Reviewed in the quarterly check-in") @Nullable
        String evidence) {}
