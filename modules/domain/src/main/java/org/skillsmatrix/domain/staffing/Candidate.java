package org.skillsmatrix.domain.staffing;

import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

/**
 * An active person who meets at least one need: their name, teams (by name) and current level in each needed
 * skill whose minimum they meet.
 */
public record Candidate(PersonId person, String name, List<String> teams, Map<SkillId, Level> levels) {

    public Candidate {
        teams = List.copyOf(teams);
        levels = Map.copyOf(levels);
    }
}
