package org.skillsmatrix.domain.team;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.base.Texts;

/** A team: its members, and its managers (who need not be members). */
public record Team(TeamId id, String name, Set<PersonId> members, Set<PersonId> managers, long version) {

    public static final int MAX_NAME = 80;

    public Team {
        Objects.requireNonNull(id, "id");
        name = Texts.requireName(name, "name", MAX_NAME);
        members = Set.copyOf(members);
        managers = Set.copyOf(managers);
    }

    public Team renamed(String newName) {
        return new Team(id, newName, members, managers, version);
    }

    public Team withMember(PersonId person) {
        return new Team(id, name, plus(members, person), managers, version);
    }

    public Team withoutMember(PersonId person) {
        return new Team(id, name, minus(members, person), managers, version);
    }

    public Team withManager(PersonId person) {
        return new Team(id, name, members, plus(managers, person), version);
    }

    public Team withoutManager(PersonId person) {
        return new Team(id, name, members, minus(managers, person), version);
    }

    private static Set<PersonId> plus(Set<PersonId> set, PersonId person) {
        var copy = new HashSet<>(set);
        copy.add(person);
        return copy;
    }

    private static Set<PersonId> minus(Set<PersonId> set, PersonId person) {
        var copy = new HashSet<>(set);
        copy.remove(person);
        return copy;
    }
}
