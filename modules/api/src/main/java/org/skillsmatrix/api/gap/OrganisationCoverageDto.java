package org.skillsmatrix.api.gap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;

/** How well the whole organisation covers one skill. */
@Schema(name = "OrganisationCoverage")
record OrganisationCoverageDto(
        UUID skill,
        @Schema(example = "PostgreSQL") String skillName,

        @Schema(description = "Active people at 3 (Proficient) or above", example = "4")
        int holders,

        boolean singlePointOfFailure,

        @Schema(description = "The one holder, where there is exactly one") @Nullable
        UUID soleHolder,

        @Schema(description = "Teams that set a target for the skill")
        int teamsWithTarget,

        @Schema(description = "Of those, teams that miss it")
        int teamsShort,

        @Schema(description = "The teams' shortfalls added up")
        int shortfall) {

    static OrganisationCoverageDto of(OrganisationSkillCoverage coverage, String name) {
        return new OrganisationCoverageDto(
                coverage.skill().value(),
                name,
                coverage.holders(),
                coverage.singlePointOfFailure(),
                TeamGapsDto.id(coverage.soleHolder()),
                coverage.teamsWithTarget(),
                coverage.teamsShort(),
                coverage.shortfall());
    }
}
