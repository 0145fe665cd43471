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
 * @param filling who from the rest of the organisation could fill the team's shortfalls
 * @param certifications the team's certification targets, the largest shortfall first
 */
public record TeamGapReport(
        ReportHeader header,
        String team,
        int members,
        List<SkillGap> skills,
        List<CategoryGap> categories,
        List<MemberAtRisk> atRisk,
        GapTrend trend,
        Filling filling,
        List<CertificationGap> certifications)
        implements Report {

    public TeamGapReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(team, "team");
        skills = List.copyOf(skills);
        categories = List.copyOf(categories);
        atRisk = List.copyOf(atRisk);
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(filling, "filling");
        certifications = List.copyOf(certifications);
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

    /**
     * One certification target of the team.
     *
     * @param required how many members should hold a valid certificate of it
     * @param holders members holding a valid (not expired) certificate of it
     * @param lapsed members whose certificates of it have all expired
     */
    public record CertificationGap(String certification, int required, int holders, int lapsed, int shortfall) {}

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

    /**
     * Who from the rest of the organisation could fill the team's shortfalls, as staffing proposes them for the short
     * skills (riskiest first, as many as one staffing request takes), and what nobody else can fill.
     *
     * @param proposed the people proposed whom the exporter sees named, in the order the rule chose them
     * @param notNamed how many more are proposed whom the exporter is not shown by name
     * @param open each short skill with the people still missing after the proposal; none where all are filled
     */
    public record Filling(List<Filler> proposed, int notNamed, List<OpenPlaces> open) {

        public static final Filling NOTHING_SHORT = new Filling(List.of(), 0, List.of());

        public Filling {
            proposed = List.copyOf(proposed);
            open = List.copyOf(open);
        }
    }

    /** A person who could fill places, with their teams and the skills they would fill, at their levels. */
    public record Filler(String name, List<String> teams, List<FilledSkill> fills) {

        public Filler {
            teams = List.copyOf(teams);
            fills = List.copyOf(fills);
        }
    }

    public record FilledSkill(SkillLabel skill, Level level) {}

    /** A short skill, the level that counts and how many people nobody else could be found for. */
    public record OpenPlaces(SkillLabel skill, Level level, int missing) {}
}
