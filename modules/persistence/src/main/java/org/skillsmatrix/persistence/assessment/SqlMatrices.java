package org.skillsmatrix.persistence.assessment;

import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.assessment.TeamMatrix;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.persistence.base.ReadModelChanges;
import org.skillsmatrix.persistence.people.PersonRows;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Matrices} read model: one query returns the team's active members (by name), each joined to their
 * current ratings (from the read model's {@code current_rating}) in catalog order; a member with no rating yet comes back as one row without a skill.
 * The matrices of the {@value #KEPT_TEAMS} teams read last are kept while nothing they are computed from changes
 * ({@link ReadModelChanges}; a change to any person counts too).
 */
@Repository
@Transactional(readOnly = true)
class SqlMatrices implements Matrices {

    private static final String MATRIX = """
            with members as (
              select p.id as person_id, p.name, p.email, p.subject, p.role_profile_id, p.active, p.version
              from team_member tm
              join person p on p.id = tm.person_id
              where tm.team_id = :team and p.active
            )
            select m.person_id, m.name, m.email, m.subject, m.role_profile_id, m.active, m.version,
                   r.skill_id, r.self_level, r.self_at, r.interest, r.manager_level, r.manager_at
            from members m
            left join current_rating r on r.person_id = m.person_id
            left join skill s on s.id = r.skill_id
            left join category c on c.id = s.category_id
            order by m.name, m.person_id, c.position, s.position, s.name""";

    /** The teams whose matrix is kept, the least recently read given up first. */
    static final int KEPT_TEAMS = 64;

    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelChanges.Kept<TeamMatrix> kept;

    SqlMatrices(NamedParameterJdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.kept = changes.kept(KEPT_TEAMS);
    }

    @Override
    public TeamMatrix ofTeam(TeamId team) {
        return kept.get(team, () -> compute(team));
    }

    private TeamMatrix compute(TeamId team) {
        Map<UUID, Person> members = new LinkedHashMap<>();
        List<CurrentRating> ratings = new ArrayList<>();
        RowCallbackHandler row = rs -> {
            var person = uuid(rs, "person_id");
            if (!members.containsKey(person)) {
                members.put(person, PersonRows.person(rs));
            }
            if (rs.getObject("skill_id") != null) {
                ratings.add(CurrentRatingsSql.currentRating(rs));
            }
        };
        jdbc.query(MATRIX, Map.of("team", team.value()), row);
        return new TeamMatrix(team, List.copyOf(members.values()), ratings);
    }
}
