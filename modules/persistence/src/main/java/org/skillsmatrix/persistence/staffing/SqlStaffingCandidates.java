package org.skillsmatrix.persistence.staffing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.search.SkillCriterion;
import org.skillsmatrix.domain.staffing.Candidate;
import org.skillsmatrix.domain.staffing.StaffingCandidates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link StaffingCandidates} as one query on the read model's {@code current_rating}, by skill and level (its
 * index): the active people at or above a criterion's minimum in at least one skill, with their teams' names.
 */
@Repository
@Transactional(readOnly = true)
class SqlStaffingCandidates implements StaffingCandidates {

    /**
     * The levels met are gathered per person first, and every member's teams' names in one pass over the
     * memberships, joined by hash: a subquery per candidate scanned the teams once for each of thousands of them.
     */
    private static final String CANDIDATES = """
            with criteria as (
              select c.skill_id, c.minimum
              from unnest(cast(? as uuid[]), cast(? as int[])) as c(skill_id, minimum)
            ),
            drawn as (
              select cast(? as uuid[]) as teams
            ),
            met as (
              select r.person_id, array_agg(r.skill_id) as skills, array_agg(r.level) as levels
              from criteria c
              join current_rating r on r.skill_id = c.skill_id and r.level >= c.minimum
              group by r.person_id
            ),
            memberships as (
              select tm.person_id, array_agg(t.name order by t.name) as teams, array_agg(t.id) as team_ids
              from team_member tm
              join team t on t.id = tm.team_id
              group by tm.person_id
            )
            select p.id, p.name, met.skills, met.levels, coalesce(m.teams, cast('{}' as text[])) as teams
            from met
            join person p on p.id = met.person_id and p.active
            left join memberships m on m.person_id = p.id
            cross join drawn d
            where cardinality(d.teams) = 0 or m.team_ids && d.teams""";

    private final JdbcTemplate jdbc;

    SqlStaffingCandidates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Candidate> meetingAny(List<SkillCriterion> criteria, Set<TeamId> teams) {
        if (criteria.isEmpty()) {
            return List.of();
        }
        var skills = criteria.stream().map(c -> c.skill().value()).toArray(UUID[]::new);
        var minimums = criteria.stream().map(c -> c.minimum().value()).toArray(Integer[]::new);
        var from = teams.stream().map(TeamId::value).toArray(UUID[]::new);
        return jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(CANDIDATES);
                    statement.setArray(1, connection.createArrayOf("uuid", skills));
                    statement.setArray(2, connection.createArrayOf("int4", minimums));
                    statement.setArray(3, connection.createArrayOf("uuid", from));
                    return statement;
                },
                (rs, row) -> candidate(rs));
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        var skills = elements(rs.getArray("skills"));
        var levels = elements(rs.getArray("levels"));
        var met = new HashMap<SkillId, Level>();
        for (int i = 0; i < skills.size(); i++) {
            met.put(new SkillId((UUID) skills.get(i)), Level.of(((Number) levels.get(i)).intValue()));
        }
        var teams =
                elements(rs.getArray("teams")).stream().map(String.class::cast).toList();
        return new Candidate(new PersonId(rs.getObject("id", UUID.class)), rs.getString("name"), teams, met);
    }

    private static List<Object> elements(Array array) throws SQLException {
        return Arrays.asList((Object[]) array.getArray());
    }
}
