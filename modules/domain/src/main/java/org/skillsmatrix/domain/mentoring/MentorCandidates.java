package org.skillsmatrix.domain.mentoring;

import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

/**
 * Port: the people who could learn and who could teach, as set-based reads of the current ratings. Active people
 * and active skills only; a person's level is their current rating's (the manager's, else their own).
 */
public interface MentorCandidates {

    /**
     * The {@link LearningNeed}s of every team's active members: a member whose newest self-rating says they want to
     * grow the skill and whose level is below the team's target level or their role profile's expectation for it.
     */
    List<LearningNeed> needs();

    /**
     * Everyone active at {@link Level#HOLDS_SKILL} or above in these skills, and at least at the level given for
     * the skill.
     */
    List<MentorCandidate> mentors(Map<SkillId, Level> lowestLevels);

    /**
     * How many current ratings, of anyone in any skill, say that their person wants to grow the skill: a count
     * cheaper than the {@link #needs}, which tells whether they are many (a member of two teams has a need in each,
     * so the needs can outnumber it).
     */
    long wishesToGrow();
}
