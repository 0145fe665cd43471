package org.skillsmatrix.api.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.catalog.Skill;

/** A skill of the catalog. */
@Schema(name = "Skill")
record SkillDto(
        UUID id,
        @Schema(description = "The category's id") UUID category,
        @Schema(example = "PostgreSQL") String name,

        @Schema(example = "Running, tuning and recovering PostgreSQL") @Nullable
        String description,

        @Schema(description = "Where the skill stands in its category, from 1", example = "1")
        int position,

        @Schema(description = "A retired skill takes no new ratings but keeps its history")
        boolean retired,

        @Schema(description = "Changes with every edit; send it back in If-Match", example = "0")
        long version) {

    static SkillDto of(Skill skill) {
        return new SkillDto(
                skill.id().value(),
                skill.category().value(),
                skill.name(),
                skill.description(),
                skill.position(),
                skill.retired(),
                skill.version());
    }
}
