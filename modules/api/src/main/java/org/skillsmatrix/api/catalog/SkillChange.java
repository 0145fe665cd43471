package org.skillsmatrix.api.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.catalog.Skill;

/** A new skill, or the new category, name and description of one. */
@Schema(name = "SkillChange")
record SkillChange(
        @NotNull @Schema(description = "The category's id") @Nullable
        UUID category,

        @NotBlank @Size(max = Skill.MAX_NAME) @Schema(example = "PostgreSQL") @Nullable
        String name,

        @Size(max = Skill.MAX_DESCRIPTION) @Schema(example = "Running, tuning and recovering PostgreSQL") @Nullable
        String description,

        @Schema(description = "The version the change is based on, if If-Match does not name it", example = "0")
        @Nullable
        Long version) {}
