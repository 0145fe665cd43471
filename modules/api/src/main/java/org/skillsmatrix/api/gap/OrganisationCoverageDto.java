package org.skillsmatrix.api.gap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.privacy.ShownCount;

/** How well the whole organisation covers one skill. */
@Schema(name = "OrganisationCoverage")
record OrganisationCoverageDto(
        UUID skill,
        @Schema(example = "PostgreSQL") String skillName,

        @Schema(
                description = "Active people at 3 (Proficient) or above; none where the privacy threshold"
                        + " hides a count of fewer than holdersFewerThan people",
                example = "40")
        @Nullable
        Integer holders,

        @Schema(
                description = "Where holders is hidden: the privacy threshold (skills-matrix.privacy"
                        + ".minimum-group) it is below; none where holders is shown",
                example = "5")
        @Nullable
        Integer holdersFewerThan,

        boolean singlePointOfFailure,

        @Schema(description = "The one holder, where there is exactly one") @Nullable
        UUID soleHolder,

        @Schema(description = "Teams that set a target for the skill")
        int teamsWithTarget,

        @Schema(description = "Of those, teams that miss it")
        int teamsShort,

        @Schema(description = "The teams' shortfalls added up")
        int shortfall) {

    static OrganisationCoverageDto of(OrganisationSkillCoverage coverage, ShownCount holders, String name) {
        return new OrganisationCoverageDto(
                coverage.skill().value(),
                name,
                holders.value(),
                holders.hidden() ? holders.fewerThan() : null,
                coverage.singlePointOfFailure(),
                TeamGapsDto.id(coverage.soleHolder()),
                coverage.teamsWithTarget(),
                coverage.teamsShort(),
                coverage.shortfall());
    }
}
