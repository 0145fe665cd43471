package org.skillsmatrix.domain.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.search.SkillCriterion;
import org.skillsmatrix.domain.staffing.Candidate;
import org.skillsmatrix.domain.staffing.StaffingCandidates;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;

/** {@link StaffingCandidates} over the other in-memory stores, with the same current level as the people search. */
public class InMemoryStaffingCandidates implements StaffingCandidates {

    private final People people;
    private final Teams teams;
    private final InMemoryAssessments assessments;

    public InMemoryStaffingCandidates(People people, Teams teams, InMemoryAssessments assessments) {
        this.people = people;
        this.teams = teams;
        this.assessments = assessments;
    }

    @Override
    public List<Candidate> meetingAny(List<SkillCriterion> criteria, Set<TeamId> from) {
        var candidates = new ArrayList<Candidate>();
        for (var person : people.all()) {
            var memberOf = teams.memberOf(person.id());
            if (!person.active()
                    || (!from.isEmpty() && memberOf.stream().noneMatch(team -> from.contains(team.id())))) {
                continue;
            }
            var levels = new HashMap<SkillId, Level>();
            for (var rating : assessments.current(person.id())) {
                for (var criterion : criteria) {
                    rating.level()
                            .filter(level -> criterion.skill().equals(rating.skill()))
                            .filter(level -> level.isAtLeast(criterion.minimum()))
                            .ifPresent(level -> levels.put(rating.skill(), level));
                }
            }
            if (!levels.isEmpty()) {
                candidates.add(new Candidate(
                        person.id(),
                        person.name(),
                        memberOf.stream().map(Team::name).sorted().toList(),
                        levels));
            }
        }
        return candidates;
    }
}
