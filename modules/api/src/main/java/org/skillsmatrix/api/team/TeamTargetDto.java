package org.skillsmatrix.api.team;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.skillsmatrix.domain.team.TeamTarget;

/** "headcount people at level or above in skill" for a team. */
@Schema(name = "TeamTarget")
record TeamTargetDto(
        UUID team,
        UUID skill,

        @Schema(description = "The level that counts, 1 Awareness to 4 Expert", example = "3")
        int level,

        @Schema(description = "How many people must reach it", example = "2")
        int headcount,

        @Schema(description = "Changes with every edit; send it back in If-Match", example = "0")
        long version) {

    static TeamTargetDto of(TeamTarget target) {
        return new TeamTargetDto(
                target.team().value(),
                target.skill().value(),
                target.level().value(),
                target.headcount(),
                target.version());
    }
}
