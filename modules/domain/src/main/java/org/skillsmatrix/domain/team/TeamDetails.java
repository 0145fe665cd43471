package org.skillsmatrix.domain.team;

import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.people.Person;

/** A team with its members and managers, each by name. */
public record TeamDetails(Team team, List<Person> members, List<Person> managers) {

    public TeamDetails {
        Objects.requireNonNull(team, "team");
        members = List.copyOf(members);
        managers = List.copyOf(managers);
    }
}
