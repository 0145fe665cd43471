package org.skillsmatrix.api.profile;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The level a role profile expects in one skill. */
@Schema(name = "Expectation")
record ExpectationDto(
        @NotNull @Schema(description = "The skill's id") @Nullable
        UUID skill,

        @NotNull @Min(1) @Max(4) @Schema(description = "1 Awareness to 4 Expert", example = "3") @Nullable
        Integer level) {}
