package org.skillsmatrix.persistence.gap;

import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.persistence.assessment.CurrentRatingsSql;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Coverage} read models, one query each, following the rules of {@link GapAnalysis}: a person's level
 * is their current rating's (the manager's, else their own); holders are active people at or above the counting
 * level (the team target's, else {@link Level#HOLDS_SKILL}); retired skills and their targets take no part. One
 * row per active skill, in catalog order.
 */
@Repository
@Transactional(readOnly = true)
class SqlCoverage implements Coverage {

    private static final String CATALOG_ORDER = "order by c.position, c.name, s.position, s.name";

    private static final String TEAM =
            """
            with members as (
              select tm.person_id
              from team_member tm
              join person p on p.id = tm.person_id
              where tm.team_id = :team and p.active
            ),
            """ + CurrentRatingsSql.forPeople("select person_id from members") + """

            select s.id as skill_id,
                   coalesce(t.level, :holds) as counting_level,
                   coalesce(t.headcount, 0) as required,
                   count(r.person_id) as holders,
                   (array_agg(r.person_id))[1] as some_holder
            from skill s
            join category c on c.id = s.category_id
            left join team_target t on t.team_id = :team and t.skill_id = s.id
            left join current_rating r on r.skill_id = s.id and r.level >= coalesce(t.level, :holds)
            where not s.retired
            group by s.id, s.position, s.name, c.position, c.name, t.level, t.headcount
            """ + CATALOG_ORDER;

    private static final String ORGANISATION =
            """
            with active_people as (
              select id as person_id from person where active
            ),
            """ + CurrentRatingsSql.where("a.person_id in (select person_id from active_people)") + """
            ,
            holders as (
              select skill_id, count(*) as holders, (array_agg(person_id))[1] as some_holder
              from current_rating
              where level >= :holds
              group by skill_id
            ),
            team_holders as (
              select t.skill_id, t.headcount, count(r.person_id) as holders
              from team_target t
              left join team_member tm on tm.team_id = t.team_id
              left join current_rating r
                on r.person_id = tm.person_id and r.skill_id = t.skill_id and r.level >= t.level
              group by t.team_id, t.skill_id, t.headcount
            ),
            targets as (
              select skill_id,
                     count(*) as teams_with_target,
                     count(*) filter (where holders < headcount) as teams_short,
                     sum(greatest(headcount - holders, 0)) as shortfall
              from team_holders
              group by skill_id
            )
            select s.id as skill_id,
                   coalesce(h.holders, 0) as holders,
                   h.some_holder,
                   coalesce(g.teams_with_target, 0) as teams_with_target,
                   coalesce(g.teams_short, 0) as teams_short,
                   coalesce(g.shortfall, 0) as shortfall
            from skill s
            join category c on c.id = s.category_id
            left join holders h on h.skill_id = s.id
            left join targets g on g.skill_id = s.id
            where not s.retired
            """ + CATALOG_ORDER;

    private final NamedParameterJdbcTemplate jdbc;

    SqlCoverage(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SkillCoverage> ofTeam(TeamId team) {
        return jdbc.query(TEAM, Map.of("team", team.value(), "holds", Level.HOLDS_SKILL.value()), (rs, row) -> {
            int holders = rs.getInt("holders");
            return new SkillCoverage(
                    new SkillId(uuid(rs, "skill_id")),
                    Level.of(rs.getInt("counting_level")),
                    rs.getInt("required"),
                    holders,
                    soleHolder(rs, holders));
        });
    }

    @Override
    public List<OrganisationSkillCoverage> ofOrganisation() {
        return jdbc.query(ORGANISATION, Map.of("holds", Level.HOLDS_SKILL.value()), (rs, row) -> {
            int holders = rs.getInt("holders");
            return new OrganisationSkillCoverage(
                    new SkillId(uuid(rs, "skill_id")),
                    holders,
                    soleHolder(rs, holders),
                    rs.getInt("teams_with_target"),
                    rs.getInt("teams_short"),
                    rs.getInt("shortfall"));
        });
    }

    private static @Nullable PersonId soleHolder(ResultSet rs, int holders) throws SQLException {
        return holders == 1 ? new PersonId(rs.getObject("some_holder", UUID.class)) : null;
    }
}
