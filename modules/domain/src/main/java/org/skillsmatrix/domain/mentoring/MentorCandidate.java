package org.skillsmatrix.domain.mentoring;

import java.util.Objects;
import java.util.Set;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.scale.Level;

/** An active person at {@link Level#HOLDS_SKILL} or above in a skill, and the teams they are a member of. */
public record MentorCandidate(PersonId person, SkillId skill, Level level, Set<TeamId> teams) {

    public MentorCandidate {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
        teams = Set.copyOf(teams);
    }
}
