package org.skillsmatrix.domain.search;

import java.util.List;

/** Port: people search by skill, one set-based query. */
public interface PeopleSearch {

    /**
     * Active people whose current level meets every criterion; the highest summed level first, then those
     * who want to grow in more of the skills, then by name. At most {@code limit} matches. A person never rated
     * in a skill matches no criterion for it, not even one with minimum {@link
     * org.skillsmatrix.domain.scale.Level#NONE}.
     */
    List<PersonMatch> find(List<SkillCriterion> criteria, int limit);
}
