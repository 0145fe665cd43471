package org.skillsmatrix.domain.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/** A person who meets every criterion, with their level and interest in each searched skill. */
public record PersonMatch(PersonId person, String name, List<String> teams, List<MatchedSkill> skills) {

    public PersonMatch {
        teams = List.copyOf(teams);
        skills = List.copyOf(skills);
    }

    public record MatchedSkill(
            SkillId skill, Level level, @Nullable Interest interest) {}
}
