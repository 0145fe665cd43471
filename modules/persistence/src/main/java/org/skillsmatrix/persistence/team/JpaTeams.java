package org.skillsmatrix.persistence.team;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.base.UniqueKey;
import org.skillsmatrix.persistence.base.Writes;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Teams} port, management relations included, on {@code team}, {@code team_member} and {@code team_manager}. */
@Repository
@Transactional
class JpaTeams implements Teams {

    private final TeamRepository teams;
    private final EntityManager entityManager;

    JpaTeams(TeamRepository teams, EntityManager entityManager) {
        this.teams = teams;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Team> byId(TeamId id) {
        return teams.findById(id.value()).map(TeamEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Team> all() {
        return teams.findAllByOrderByNameAsc().stream()
                .map(TeamEntity::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Team> memberOf(PersonId person) {
        return teams.findByMember(person.value()).stream()
                .map(TeamEntity::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Team> managedBy(PersonId person) {
        return teams.findByManager(person.value()).stream()
                .map(TeamEntity::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean nameTaken(String name, TeamId except) {
        return teams.nameTaken(name.strip(), except.value());
    }

    @Override
    public Team add(Team team) {
        var entity = new TeamEntity(team);
        entityManager.persist(entity);
        Writes.flush(entityManager, describe(team), uniqueName(team));
        return entity.toDomain();
    }

    @Override
    public Team update(Team team) {
        var entity = teams.findById(team.id().value()).orElseThrow(() -> new NotFound("Team", team.id()));
        Writes.requireVersion(entity.version(), team.version(), describe(team));
        entity.apply(team);
        Writes.flush(entityManager, describe(team), uniqueName(team));
        return entity.toDomain();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean manages(PersonId manager, PersonId person) {
        return teams.manages(manager.value(), person.value());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean managesTeam(PersonId manager, TeamId team) {
        return teams.managesTeam(manager.value(), team.value());
    }

    private static String describe(Team team) {
        return "Team '" + team.name() + "'";
    }

    private static UniqueKey uniqueName(Team team) {
        return UniqueKey.of("uq_team_name", "name", "team.name-taken", team.name());
    }
}
