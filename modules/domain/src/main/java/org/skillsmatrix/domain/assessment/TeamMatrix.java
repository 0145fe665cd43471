package org.skillsmatrix.domain.assessment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.Person;

/** A team's current ratings: its active members (rows) by skill (columns). */
public record TeamMatrix(TeamId team, List<Person> members, List<CurrentRating> ratings) {

    public TeamMatrix {
        members = List.copyOf(members);
        ratings = List.copyOf(ratings);
    }

    /** The ratings by cell, for renderers that look up every cell. */
    public Map<Cell, CurrentRating> index() {
        return ratings.stream().collect(Collectors.toMap(r -> new Cell(r.person(), r.skill()), Function.identity()));
    }

    public record Cell(PersonId person, SkillId skill) {}
}
