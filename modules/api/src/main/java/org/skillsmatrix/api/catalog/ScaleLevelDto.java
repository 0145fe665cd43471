package org.skillsmatrix.api.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import org.skillsmatrix.domain.scale.ScaleLevel;

/** A level of the rating scale with what it means. */
@Schema(name = "ScaleLevel")
record ScaleLevelDto(
        @Schema(description = "0 None to 4 Expert", example = "3", minimum = "0", maximum = "4")
        int level,

        @Schema(example = "Proficient") String name,

        @Schema(example = "Works independently and helps others")
        String descriptor,

        @Schema(description = "Changes with every edit; send it back in If-Match", example = "0")
        long version) {

    static ScaleLevelDto of(ScaleLevel level) {
        return new ScaleLevelDto(level.level().value(), level.name(), level.descriptor(), level.version());
    }
}
