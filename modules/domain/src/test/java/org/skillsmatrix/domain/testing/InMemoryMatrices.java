package org.skillsmatrix.domain.testing;

import java.util.List;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.assessment.TeamMatrix;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Teams;

/** {@link Matrices} computed from the other in-memory stores: active members by name, their current ratings. */
public class InMemoryMatrices implements Matrices {

    private final Teams teams;
    private final People people;
    private final InMemoryAssessments assessments;

    public InMemoryMatrices(Teams teams, People people, InMemoryAssessments assessments) {
        this.teams = teams;
        this.people = people;
        this.assessments = assessments;
    }

    @Override
    public TeamMatrix ofTeam(TeamId team) {
        var members = teams.byId(team).stream()
                .flatMap(found -> found.members().stream())
                .flatMap(id -> people.byId(id).stream())
                .filter(Person::active)
                .sorted(InMemoryPeople.BY_NAME)
                .toList();
        List<PersonId> ids = members.stream().map(Person::id).toList();
        return new TeamMatrix(team, members, assessments.current(ids));
    }
}
