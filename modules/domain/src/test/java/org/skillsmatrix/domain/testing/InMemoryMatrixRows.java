package org.skillsmatrix.domain.testing;

import java.util.List;
import java.util.function.Consumer;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.MatrixRows;
import org.skillsmatrix.domain.team.Teams;

/** {@link MatrixRows} over the other in-memory stores: team by team, active members by name then e-mail. */
public class InMemoryMatrixRows implements MatrixRows {

    private final Teams teams;
    private final People people;
    private final InMemoryAssessments assessments;

    public InMemoryMatrixRows(Teams teams, People people, InMemoryAssessments assessments) {
        this.teams = teams;
        this.people = people;
        this.assessments = assessments;
    }

    @Override
    public void forEach(List<TeamId> wanted, Consumer<MemberRatings> row) {
        for (var id : wanted) {
            var team = teams.byId(id);
            if (team.isEmpty()) {
                continue;
            }
            team.get().members().stream()
                    .flatMap(member -> people.byId(member).stream())
                    .filter(Person::active)
                    .sorted(InMemoryPeople.BY_NAME)
                    .forEach(person -> row.accept(new MemberRatings(id, person, assessments.current(person.id()))));
        }
    }
}
