package org.skillsmatrix.domain.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/**
 * A person who meets every criterion, with their level in each searched skill and, for those who may read the
 * person, their interest in it.
 */
public record PersonMatch(PersonId person, String name, List<String> teams, List<MatchedSkill> skills) {

    public PersonMatch {
        teams = List.copyOf(teams);
        skills = List.copyOf(skills);
    }

    /** The match without the person's interest, for someone who may see their level but not what they want. */
    public PersonMatch withoutInterest() {
        return new PersonMatch(
                person,
                name,
                teams,
                skills.stream()
                        .map(skill -> new MatchedSkill(skill.skill(), skill.level(), null))
                        .toList());
    }

    public record MatchedSkill(
            SkillId skill, Level level, @Nullable Interest interest) {}
}
