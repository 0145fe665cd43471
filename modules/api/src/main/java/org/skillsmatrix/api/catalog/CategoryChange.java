package org.skillsmatrix.api.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.catalog.Category;

/** A new category, or the new name and description of one. */
@Schema(name = "CategoryChange")
record CategoryChange(
        @NotBlank @Size(max = Category.MAX_NAME) @Schema(example = "Databases") @Nullable
        String name,

        @Size(max = Category.MAX_DESCRIPTION) @Schema(example = "Relational and NoSQL databases") @Nullable
        String description,

        @Schema(description = "The version the change is based on, if If-Match does not name it", example = "0")
        @Nullable
        Long version) {}
