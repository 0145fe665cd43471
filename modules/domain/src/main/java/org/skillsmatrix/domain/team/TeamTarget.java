package org.skillsmatrix.domain.team;

import java.util.Objects;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.scale.Level;

/** "{@code headcount} people at {@code level} or above in {@code skill}" for a team. */
public record TeamTarget(TeamId team, SkillId skill, Level level, int headcount, long version)
        implements VersionedTarget<SkillId> {

    public static final int MAX_HEADCOUNT = 1000;

    public TeamTarget {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
        if (level == Level.NONE) {
            throw new InvalidInput("level", "target.level-too-low");
        }
        requireHeadcount(headcount);
    }

    /** A headcount a target may ask for: from 1 to {@link #MAX_HEADCOUNT}. */
    public static void requireHeadcount(int headcount) {
        if (headcount < 1 || headcount > MAX_HEADCOUNT) {
            throw new InvalidInput("headcount", "target.headcount-out-of-range", MAX_HEADCOUNT);
        }
    }

    /** The skill. */
    @Override
    public SkillId subject() {
        return skill;
    }
}
