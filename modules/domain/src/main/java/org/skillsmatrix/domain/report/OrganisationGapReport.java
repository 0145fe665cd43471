package org.skillsmatrix.domain.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.privacy.ShownCount;

/**
 * The organisation's gaps: every active skill riskiest first (largest shortfall, then most teams short, then
 * the fewest holders), the sums per category in catalog order, and the trend quarter by quarter.
 */
public record OrganisationGapReport(
        ReportHeader header,
        int activePeople,
        int teams,
        List<SkillGap> skills,
        List<CategoryGap> categories,
        GapTrend trend)
        implements Report {

    public OrganisationGapReport {
        Objects.requireNonNull(header, "header");
        skills = List.copyOf(skills);
        categories = List.copyOf(categories);
        Objects.requireNonNull(trend, "trend");
    }

    public int totalShortfall() {
        return skills.stream().mapToInt(SkillGap::shortfall).sum();
    }

    public long singlePointsOfFailure() {
        return skills.stream().filter(SkillGap::singlePointOfFailure).count();
    }

    /**
     * One skill across the organisation.
     *
     * @param holders active people at the default holding level or above, under the privacy threshold
     * @param soleHolder the name of the one holder, where there is exactly one
     * @param teamsWithTarget teams with a target for the skill
     * @param teamsShort of those, the teams that miss it
     * @param shortfall the teams' shortfalls added up
     */
    public record SkillGap(
            SkillLabel skill,
            ShownCount holders,
            @Nullable String soleHolder,
            int teamsWithTarget,
            int teamsShort,
            int shortfall) {

        public boolean singlePointOfFailure() {
            return soleHolder != null;
        }
    }

    public record CategoryGap(
            String category, int skills, int teamsShort, int shortfall, int singlePointsOfFailure, int uncovered) {}
}
