package org.skillsmatrix.domain.mentoring;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;

/**
 * Port: the people who could learn and who could teach, as set-based reads of the current ratings. Active people
 * and active skills only; a person's level is their current rating's (the manager's, else their own).
 */
public interface MentorCandidates {

    /**
     * The {@link LearningNeed}s of the team's active members, or of every team's when {@code team} is null: a
     * member whose newest self-rating says they want to grow the skill and whose level is below the team's target
     * level or their role profile's expectation for it.
     */
    List<LearningNeed> needs(@Nullable TeamId team);

    /** Everyone active at {@link org.skillsmatrix.domain.scale.Level#HOLDS_SKILL} or above in these skills. */
    List<MentorCandidate> mentors(Collection<SkillId> skills);
}
