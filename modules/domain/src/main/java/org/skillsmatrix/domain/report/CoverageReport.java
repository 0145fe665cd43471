package org.skillsmatrix.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;

/**
 * The organisation's coverage: per active skill, and summed per category, how many people stood at each level
 * at the end of each period. The periods run oldest first; the last is now. Counts are shown under the privacy
 * threshold ({@link ShownTally}).
 *
 * @param activePeople the people active now, whom the counts are over
 * @param privacy the threshold the counts are shown under
 */
public record CoverageReport(
        ReportHeader header,
        int activePeople,
        PrivacyThreshold privacy,
        List<Period> periods,
        List<SkillLine> skills,
        List<CategoryLine> categories)
        implements Report {

    public CoverageReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(privacy, "privacy");
        periods = List.copyOf(periods);
        skills = List.copyOf(skills);
        categories = List.copyOf(categories);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a coverage report covers at least now");
        }
    }

    /**
     * A point in time the counts were taken at.
     *
     * @param label e.g. "2026 Q3", or "Now"
     * @param at the counts are over ratings made before this instant; for now, when they were taken
     */
    public record Period(String label, Instant at) {}

    /** One skill; {@code byPeriod} is aligned with the report's periods. */
    public record SkillLine(SkillLabel skill, List<ShownTally> byPeriod) {

        public SkillLine {
            byPeriod = List.copyOf(byPeriod);
        }

        public ShownTally now() {
            return byPeriod.getLast();
        }
    }

    /** One category: its skills' tallies added up, so each count is of person-and-skill pairs. */
    public record CategoryLine(String category, int skills, List<ShownTally> byPeriod) {

        public CategoryLine {
            byPeriod = List.copyOf(byPeriod);
        }

        public ShownTally now() {
            return byPeriod.getLast();
        }
    }
}
