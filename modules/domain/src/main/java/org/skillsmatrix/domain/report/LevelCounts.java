package org.skillsmatrix.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.base.SkillId;

/** Port: how many people stood at each level of each skill at a point in time, for coverage and its trend. */
public interface LevelCounts {

    /**
     * For each of {@code days}, in their order, the counts as the day began (at midnight UTC): one entry per
     * active skill that anyone counted is rated in. For each person active now, their level in the skill as it
     * stood then: the level that counts (the manager's, else their own) of the current rating folded, as {@link
     * org.skillsmatrix.domain.assessment.CurrentRating#of} does, over the assessments made before the day began.
     * People not rated in the skill by then are not counted. One query for all the days, whose cost follows skills
     * × days with ratings, not people or history.
     */
    List<List<SkillLevelCounts>> startOf(List<LocalDate> days);

    /** The same over every assessment made so far: the current standing. */
    List<SkillLevelCounts> current();

    /** The instant {@code day} begins at, as {@link #startOf} counts it. */
    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The people at each level of one skill. */
    record SkillLevelCounts(SkillId skill, LevelTally tally) {

        public SkillLevelCounts {
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(tally, "tally");
        }
    }
}
