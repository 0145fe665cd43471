package org.skillsmatrix.domain.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Level;

/**
 * A team's gaps: every active skill riskiest first (largest shortfall, then targeted skills, then the fewest
 * holders), and the roll-up per category in catalog order.
 *
 * @param members the team's active members
 * @param atRisk the team's knowledge at risk: members whose leaving would break targets or leave a skill held by
 *     nobody, most targets first
 * @param trend the team's figures quarter by quarter, for its members and targets of today
 */
public record TeamGapReport(
        ReportHeader header,
        String team,
        int members,
        List<SkillGap> skills,
        List<CategoryGap> categories,
        List<MemberAtRisk> atRisk,
        GapTrend trend)
        implements Report {

    public TeamGapReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(team, "team");
        skills = List.copyOf(skills);
        categories = List.copyOf(categories);
        atRisk = List.copyOf(atRisk);
        Objects.requireNonNull(trend, "trend");
    }

    public int totalShortfall() {
        return skills.stream().mapToInt(SkillGap::shortfall).sum();
    }

    public long singlePointsOfFailure() {
        return skills.stream().filter(SkillGap::singlePointOfFailure).count();
    }

    public long targets() {
        return skills.stream().filter(SkillGap::hasTarget).count();
    }

    public long targetsMet() {
        return skills.stream()
                .filter(skill -> skill.hasTarget() && skill.shortfall() == 0)
                .count();
    }

    /**
     * One skill of the team.
     *
     * @param countingLevel the target's level, or the default holding level where the team set no target
     * @param required the target's headcount; 0 without a target
     * @param holders members at or above the counting level: the bus factor
     * @param soleHolder the name of the one holder, where there is exactly one
     */
    public record SkillGap(
            SkillLabel skill,
            Level countingLevel,
            int required,
            int holders,
            int shortfall,
            @Nullable String soleHolder) {

        public boolean hasTarget() {
            return required > 0;
        }

        public boolean singlePointOfFailure() {
            return holders == 1;
        }
    }

    public record CategoryGap(
            String category,
            int skills,
            int targets,
            int targetsMet,
            int shortfall,
            int singlePointsOfFailure,
            int uncovered) {}

    /**
     * A member whose leaving would cost the team: the skills of the targets they would break (met with nobody to
     * spare), and the skills only they hold at the level that counts.
     */
    public record MemberAtRisk(String name, List<String> targetsBroken, List<String> heldAlone) {

        public MemberAtRisk {
            targetsBroken = List.copyOf(targetsBroken);
            heldAlone = List.copyOf(heldAlone);
        }
    }
}
