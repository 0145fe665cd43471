package org.skillsmatrix.api.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.catalog.Category;

/** A category of the catalog. */
@Schema(name = "Category")
record CategoryDto(
        UUID id,
        @Schema(example = "Databases") String name,

        @Schema(example = "Relational and NoSQL databases") @Nullable
        String description,

        @Schema(description = "Where the category stands among the others, from 1", example = "3")
        int position,

        @Schema(description = "Changes with every edit; send it back in If-Match", example = "0")
        long version) {

    static CategoryDto of(Category category) {
        return new CategoryDto(
                category.id().value(),
                category.name(),
                category.description(),
                category.position(),
                category.version());
    }
}
