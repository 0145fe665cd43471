package org.skillsmatrix.api.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The new name and descriptor of a level of the scale. */
@Schema(name = "ScaleLevelChange")
record ScaleLevelChange(
        @NotBlank @Size(max = 40) @Schema(example = "Proficient") @Nullable
        String name,

        @NotBlank @Size(max = 300) @Schema(example = "Works independently and helps others") @Nullable
        String descriptor,

        @Schema(description = "The version the change is based on, if If-Match does not name it", example = "0")
        @Nullable
        Long version) {}
