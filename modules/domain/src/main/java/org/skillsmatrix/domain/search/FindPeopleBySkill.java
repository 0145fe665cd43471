package org.skillsmatrix.domain.search;

import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.catalog.Catalog;

/**
 * Use case: managers and HR find people anywhere in the organisation by skill. The people the access policy names to
 * the asker in a search ({@link Action.NameInSearch}, the same rule as staffing's) are listed with their levels, for
 * staffing; a person's interest ("would rather not" is personal) only to those who may read the person: HR, the
 * person, their managers.
 */
@Transactional
@ReadOnly
public class FindPeopleBySkill {

    public static final int MAX_CRITERIA = 10;
    public static final int MAX_RESULTS = 500;

    private final PeopleSearch search;
    private final Catalog catalog;
    private final AccessPolicy policy;

    public FindPeopleBySkill(PeopleSearch search, Catalog catalog, AccessPolicy policy) {
        this.search = search;
        this.catalog = catalog;
        this.policy = policy;
    }

    public List<PersonMatch> find(Actor actor, List<SkillCriterion> criteria, int limit) {
        policy.check(actor, new Action.SearchPeople());
        if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            throw new InvalidInput("criteria", "search.criteria-out-of-range", MAX_CRITERIA);
        }
        if (limit < 1 || limit > MAX_RESULTS) {
            throw new InvalidInput("limit", "search.limit-out-of-range", MAX_RESULTS);
        }
        var seen = new HashSet<>();
        for (var criterion : criteria) {
            catalog.skill(criterion.skill()).orElseThrow(() -> new InvalidInput("skill", "skills.unknown"));
            if (!seen.add(criterion.skill())) {
                throw new InvalidInput("skill", "skills.twice");
            }
        }
        var matches = search.find(List.copyOf(criteria), limit);
        var people = matches.stream().map(PersonMatch::person).toList();
        var named = policy.namedInSearch(actor, people);
        var readable = policy.readable(actor, people);
        return matches.stream()
                .filter(match -> named.contains(match.person()))
                .map(match -> readable.contains(match.person()) ? match : match.withoutInterest())
                .toList();
    }
}
