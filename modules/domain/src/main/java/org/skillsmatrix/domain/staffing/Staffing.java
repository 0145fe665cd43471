package org.skillsmatrix.domain.staffing;

import java.util.List;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

/**
 * The proposal for a piece of work: each need with how many of its headcount the proposal covers; the people
 * proposed whom the asker may see, in the order they were chosen, each with what they cover and who could stand
 * in; and how many more are proposed whom the asker may not see.
 */
public record Staffing(List<NeedCover> needs, List<Proposed> proposed, int proposedNotShown) {

    public Staffing {
        needs = List.copyOf(needs);
        proposed = List.copyOf(proposed);
    }

    /** Whether every need is covered. */
    public boolean covered() {
        return needs.stream().allMatch(need -> need.uncovered() == 0);
    }

    /** A need and how many people of the proposal cover it. */
    public record NeedCover(Need need, int covered) {

        public int uncovered() {
            return need.headcount() - covered;
        }
    }

    /** A skill a person covers, at their level. */
    public record Covered(SkillId skill, Level level) {}

    /**
     * A person proposed: pinned by the asker or chosen by the rule; the needs they count for; the people who
     * could stand in for them (best first, at most {@link ProposeStaffing#MAX_ALTERNATIVES}) and how many more
     * could whom the asker may not see.
     */
    public record Proposed(
            PersonId person,
            String name,
            List<String> teams,
            boolean pinned,
            List<Covered> covers,
            List<Alternative> alternatives,
            int alternativesNotShown) {

        public Proposed {
            teams = List.copyOf(teams);
            covers = List.copyOf(covers);
            alternatives = List.copyOf(alternatives);
        }
    }

    /** Someone who could stand in for a proposed person, with which of that person's needs they meet. */
    public record Alternative(PersonId person, String name, List<String> teams, List<Covered> covers) {

        public Alternative {
            teams = List.copyOf(teams);
            covers = List.copyOf(covers);
        }
    }
}
