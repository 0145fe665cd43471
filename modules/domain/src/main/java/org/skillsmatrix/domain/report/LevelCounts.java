package org.skillsmatrix.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.base.SkillId;

/** Port: how many people stood at each level of each skill at a point in time, for coverage and its trend. */
public interface LevelCounts {

    /**
     * One entry per active skill that anyone counted is rated in. For each person active now, their level in
     * the skill as it stood just before {@code at}: the level that counts (the manager's, else their own) of
     * the current rating folded, as {@link org.skillsmatrix.domain.assessment.CurrentRating#of} does, over the
     * assessments made before {@code at}. People not rated in the skill by then are not counted. One set-based
     * query.
     */
    List<SkillLevelCounts> before(Instant at);

    /** The same over every assessment made so far: the current standing. */
    List<SkillLevelCounts> current();

    /** The people at each level of one skill. */
    record SkillLevelCounts(SkillId skill, LevelTally tally) {

        public SkillLevelCounts {
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(tally, "tally");
        }
    }
}
