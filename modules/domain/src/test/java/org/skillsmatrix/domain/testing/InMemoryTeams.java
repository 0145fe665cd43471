package org.skillsmatrix.domain.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;

/** {@link Teams}, and so the {@link org.skillsmatrix.domain.access.ManagementRelations}, in memory. */
public class InMemoryTeams implements Teams {

    private static final Comparator<Team> BY_NAME = Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER);

    private final Map<TeamId, Team> teams = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Team> byId(TeamId id) {
        return Optional.ofNullable(teams.get(id));
    }

    @Override
    public synchronized List<Team> all() {
        return teams.values().stream().sorted(BY_NAME).toList();
    }

    @Override
    public synchronized List<Team> memberOf(PersonId person) {
        return teams.values().stream()
                .filter(team -> team.members().contains(person))
                .sorted(BY_NAME)
                .toList();
    }

    @Override
    public synchronized List<Team> managedBy(PersonId person) {
        return teams.values().stream()
                .filter(team -> team.managers().contains(person))
                .sorted(BY_NAME)
                .toList();
    }

    @Override
    public synchronized boolean nameTaken(String name, TeamId except) {
        return teams.values().stream()
                .anyMatch(team -> !team.id().equals(except) && team.name().equalsIgnoreCase(name));
    }

    @Override
    public synchronized Team add(Team team) {
        if (teams.putIfAbsent(team.id(), team) != null) {
            throw new IllegalArgumentException("team " + team.id() + " was added before");
        }
        return team;
    }

    @Override
    public synchronized Team update(Team team) {
        var stored = teams.get(team.id());
        if (stored == null) {
            throw new NotFound("Team", team.id());
        }
        if (stored.version() != team.version()) {
            throw new ConcurrentEdit("Team '" + stored.name() + "'");
        }
        var updated = new Team(team.id(), team.name(), team.members(), team.managers(), team.version() + 1);
        teams.put(updated.id(), updated);
        return updated;
    }

    @Override
    public synchronized boolean manages(PersonId manager, PersonId person) {
        return teams.values().stream()
                .anyMatch(team ->
                        team.managers().contains(manager) && team.members().contains(person));
    }

    @Override
    public synchronized boolean managesTeam(PersonId manager, TeamId team) {
        var found = teams.get(team);
        return found != null && found.managers().contains(manager);
    }
}
