package org.skillsmatrix.domain.mentoring;

import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.scale.Level;

/**
 * A proposed pair: the learner, to grow from {@code learnerLevel} to {@code goal} in the skill, and the mentor.
 *
 * @param team the learner's team the pair is for: whose target or coverage it lifts
 * @param sameTeam whether the mentor is a member of that team too
 */
public record MentorProposal(
        PersonId learner,
        String learnerName,
        SkillId skill,
        String skillName,
        Level learnerLevel,
        Level goal,
        PersonId mentor,
        String mentorName,
        Level mentorLevel,
        TeamId team,
        String teamName,
        boolean sameTeam,
        Reason reason) {

    public MentorProposal {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(reason, "reason");
    }
}
