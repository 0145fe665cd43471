package org.skillsmatrix.domain.gap;

import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;

/** A member whose leaving would break the team's target on a skill: the target is met with nobody to spare. */
public record CriticalHolding(PersonId person, TeamId team, SkillId skill) {

    public CriticalHolding {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(skill, "skill");
    }
}
