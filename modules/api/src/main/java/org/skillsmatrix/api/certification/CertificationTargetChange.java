package org.skillsmatrix.api.certification;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.certification.CertificationTarget;

/** A team's target for one certification, as it is to be. */
@Schema(name = "CertificationTargetChange")
record CertificationTargetChange(
        @NotNull @Min(1) @Max(CertificationTarget.MAX_HOLDERS) @Schema(example = "2") @Nullable
        Integer holders,

        @Schema(description = "The version the change is based on, if If-Match does not name it", example = "0")
        @Nullable
        Long version) {}
