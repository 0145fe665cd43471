package org.skillsmatrix.domain.report.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;

/**
 * Port: for every team's target on an active skill, how many of the team's members hold it, for the organisation's
 * trend. Members are the team's members active today; a member holds the target where the level that counts (the
 * manager's, else their own, as {@link org.skillsmatrix.domain.assessment.CurrentRating#of} folds it) is at or above
 * the target's level.
 */
public interface TargetHolders {

    /** For each of {@code days}, in their order, the holdings over the assessments made before the day began (UTC). */
    List<List<TargetHolding>> startOf(List<LocalDate> days);

    /** The same over every assessment made so far. */
    List<TargetHolding> current();

    /** One team's target: its headcount, and the members holding it. */
    record TargetHolding(TeamId team, SkillId skill, int required, int holders) {

        public TargetHolding {
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(skill, "skill");
        }

        public boolean met() {
            return holders >= required;
        }
    }
}
