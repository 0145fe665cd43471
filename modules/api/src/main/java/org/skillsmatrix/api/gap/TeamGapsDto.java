package org.skillsmatrix.api.gap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.certification.CertificationCoverage;
import org.skillsmatrix.domain.gap.CategoryRollup;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.gap.TeamGaps;

/** A team's gap analysis: every active skill, riskiest first, and the roll-up per category. */
@Schema(name = "TeamGaps")
record TeamGapsDto(
        UUID team,
        @Schema(example = "Payments") String name,
        List<SkillCoverageDto> skills,
        List<CategoryRollupDto> categories,

        @Schema(
                description = "Whether a stale rating counted one level lower (a setting); otherwise at its level, and"
                        + " each skill says how many holders' ratings are stale")
        boolean staleCountsOneLevelLower,

        @Schema(description = "The team's certification targets, the largest shortfall first")
        List<CertificationCoverageDto> certifications) {

    static TeamGapsDto of(TeamGaps gaps, Map<SkillId, String> skillNames) {
        return new TeamGapsDto(
                gaps.team().id().value(),
                gaps.team().name(),
                gaps.skills().stream()
                        .map(skill -> SkillCoverageDto.of(skill, skillNames.getOrDefault(skill.skill(), "")))
                        .toList(),
                gaps.categories().stream().map(CategoryRollupDto::of).toList(),
                gaps.staleCountsOneLevelLower(),
                gaps.certifications().stream().map(CertificationCoverageDto::of).toList());
    }

    /** How well the team covers one certification target: members holding a valid (not expired) certificate. */
    @Schema(name = "CertificationCoverage")
    record CertificationCoverageDto(
            UUID certification,

            @Schema(example = "Certified Kubernetes Administrator (CKA)")
            String certificationName,

            @Schema(description = "How many members the target wants holding a valid certificate", example = "2")
            int required,

            @Schema(description = "Members holding a valid certificate of it (an expiring one counts)", example = "1")
            int holders,

            @Schema(description = "Members whose certificates of it have all expired", example = "1")
            int lapsed,

            @Schema(description = "How many holders are missing to meet the target", example = "1")
            int shortfall,

            boolean targetMet) {

        static CertificationCoverageDto of(CertificationCoverage coverage) {
            return new CertificationCoverageDto(
                    coverage.certification().id().value(),
                    coverage.certification().name(),
                    coverage.required(),
                    coverage.holders(),
                    coverage.lapsed(),
                    coverage.shortfall(),
                    coverage.met());
        }
    }

    /** How well the team covers one skill. */
    @Schema(name = "SkillCoverage")
    record SkillCoverageDto(
            UUID skill,
            @Schema(example = "PostgreSQL") String skillName,

            @Schema(description = "The target's level, or 3 (Proficient) where the team set none", example = "3")
            int countingLevel,

            @Schema(description = "The target's headcount; 0 without a target", example = "2")
            int required,

            @Schema(description = "Members at or above the counting level: the bus factor", example = "1")
            int holders,

            @Schema(description = "How many holders are missing to meet the target", example = "1")
            int shortfall,

            boolean targetMet,
            @Schema(description = "Exactly one holder") boolean singlePointOfFailure,

            @Schema(description = "The one holder, where there is exactly one") @Nullable
            UUID soleHolder,

            @Schema(description = "Of the holders, those whose rating is stale", example = "1")
            int staleHolders,

            @Schema(description = "The target is met, but would not be without holders whose ratings are stale")
            boolean metOnlyThanksToStaleRatings) {

        static SkillCoverageDto of(SkillCoverage coverage, String name) {
            return new SkillCoverageDto(
                    coverage.skill().value(),
                    name,
                    coverage.countingLevel().value(),
                    coverage.required(),
                    coverage.holders(),
                    coverage.shortfall(),
                    coverage.targetMet(),
                    coverage.singlePointOfFailure(),
                    coverage.soleHolder() == null ? null : coverage.soleHolder().value(),
                    coverage.staleHolders(),
                    coverage.metOnlyThanksToStaleRatings());
        }
    }

    /** A team's coverage summed up over one category. */
    @Schema(name = "CategoryRollup")
    record CategoryRollupDto(
            UUID category,
            int skills,
            int targets,
            int targetsMet,

            @Schema(description = "Share of the targets met, 0 to 100")
            int percentMet,

            int shortfall,
            int singlePointsOfFailure,
            @Schema(description = "Skills nobody holds") int uncovered) {

        static CategoryRollupDto of(CategoryRollup rollup) {
            return new CategoryRollupDto(
                    rollup.category().value(),
                    rollup.skills(),
                    rollup.targets(),
                    rollup.targetsMet(),
                    rollup.percentMet(),
                    rollup.shortfall(),
                    rollup.singlePointsOfFailure(),
                    rollup.uncovered());
        }
    }

    static @Nullable UUID id(@Nullable PersonId person) {
        return person == null ? null : person.value();
    }
}
