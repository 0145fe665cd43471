package org.skillsmatrix.domain.staffing;

import java.util.List;
import java.util.Set;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.search.SkillCriterion;

/** Port: who could work on a piece of work, one set-based read of current ratings. */
public interface StaffingCandidates {

    /**
     * Active people whose current level (the manager's, else their own) meets at least one criterion, with their
     * level in each criterion they meet; only members of {@code teams} unless it is empty. In no particular order.
     */
    List<Candidate> meetingAny(List<SkillCriterion> criteria, Set<TeamId> teams);
}
