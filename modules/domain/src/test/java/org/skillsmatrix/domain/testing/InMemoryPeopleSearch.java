package org.skillsmatrix.domain.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.search.PeopleSearch;
import org.skillsmatrix.domain.search.PersonMatch;
import org.skillsmatrix.domain.search.PersonMatch.MatchedSkill;
import org.skillsmatrix.domain.search.SkillCriterion;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;

/**
 * {@link PeopleSearch} over the other in-memory stores. A criterion is met by a current level (the manager's,
 * else the person's own) at or above its minimum; a skill the person was never rated on meets none. Teams
 * are the ones the person is a member of, by name.
 */
public class InMemoryPeopleSearch implements PeopleSearch {

    private final People people;
    private final Teams teams;
    private final InMemoryAssessments assessments;

    public InMemoryPeopleSearch(People people, Teams teams, InMemoryAssessments assessments) {
        this.people = people;
        this.teams = teams;
        this.assessments = assessments;
    }

    private record Candidate(Person person, List<MatchedSkill> skills) {

        int summedLevel() {
            return skills.stream().mapToInt(skill -> skill.level().value()).sum();
        }

        long wantsToGrow() {
            return skills.stream()
                    .filter(skill -> skill.interest() == Interest.WANTS_TO_GROW)
                    .count();
        }
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::summedLevel)
            .reversed()
            .thenComparing(Comparator.comparingLong(Candidate::wantsToGrow).reversed())
            .thenComparing(Candidate::person, Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER));

    @Override
    public List<PersonMatch> find(List<SkillCriterion> criteria, int limit) {
        var candidates = new ArrayList<Candidate>();
        for (var person : people.all()) {
            if (person.active()) {
                matching(person, criteria).ifPresent(candidates::add);
            }
        }
        return candidates.stream()
                .sorted(BEST_FIRST)
                .limit(limit)
                .map(candidate -> new PersonMatch(
                        candidate.person().id(),
                        candidate.person().name(),
                        teams.memberOf(candidate.person().id()).stream()
                                .map(Team::name)
                                .toList(),
                        candidate.skills()))
                .toList();
    }

    private Optional<Candidate> matching(Person person, List<SkillCriterion> criteria) {
        Map<SkillId, CurrentRating> current = assessments.current(person.id()).stream()
                .collect(Collectors.toMap(CurrentRating::skill, Function.identity()));
        var matched = new ArrayList<MatchedSkill>();
        for (var criterion : criteria) {
            var rating = current.get(criterion.skill());
            var level = rating == null ? null : rating.level().orElse(null);
            if (level == null || !level.isAtLeast(criterion.minimum())) {
                return Optional.empty();
            }
            matched.add(new MatchedSkill(criterion.skill(), level, rating.interest()));
        }
        return Optional.of(new Candidate(person, matched));
    }
}
