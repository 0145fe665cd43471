package org.skillsmatrix.domain.team;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.ManagementRelations;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

/** Port: teams with their members and managers. Updates fail with ConcurrentEdit on a stale version. */
public interface Teams extends ManagementRelations {

    Optional<Team> byId(TeamId id);

    /** All teams, by name. */
    List<Team> all();

    /** The teams the person is a member of. */
    List<Team> memberOf(PersonId person);

    /** The teams the person manages. */
    List<Team> managedBy(PersonId person);

    @Override
    default Set<PersonId> managedPeople(PersonId manager) {
        return managedBy(manager).stream()
                .flatMap(team -> team.members().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean nameTaken(String name, TeamId except);

    Team add(Team team);

    Team update(Team team);
}
