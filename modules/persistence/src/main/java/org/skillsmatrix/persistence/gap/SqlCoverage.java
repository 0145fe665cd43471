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
import org.skillsmatrix.domain.gap.CriticalHolding;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.persistence.base.ReadModelChanges;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Coverage} read models, one query each over the read model's counts, following the rules of {@link
 * GapAnalysis}: a person's level is their current rating's (the manager's, else their own); holders are active
 * people at or above the counting level (the team target's, else {@link Level#HOLDS_SKILL}); retired skills and
 * their targets take no part. One row per active skill, in catalog order; a sole holder is looked up for the skills
 * that have one. The cost follows teams × skills, not people or history. The organisation's answers, and those of the
 * {@value #KEPT_TEAMS} teams read last, are kept between reads while nothing they are computed from changes
 * ({@link ReadModelChanges}): the views ask for them far more often than the organisation changes.
 */
@Repository
@Transactional(readOnly = true)
class SqlCoverage implements Coverage {

    /** The teams whose coverage is kept, the least recently read given up first. */
    static final int KEPT_TEAMS = 64;

    private static final String CATALOG_ORDER = "order by c.position, c.name, s.position, s.name";

    private static final String TEAM = """
            select s.id as skill_id,
                   coalesce(t.level, :holds) as counting_level,
                   coalesce(t.headcount, 0) as required,
                   coalesce(h.holders, 0) as holders,
                   case when h.holders = 1 then (
                     select r.person_id
                     from current_rating r
                     join team_member tm on tm.person_id = r.person_id and tm.team_id = :team
                     join person p on p.id = r.person_id and p.active
                     where r.skill_id = s.id and r.level >= coalesce(t.level, :holds)
                     limit 1) end as some_holder
            from skill s
            join category c on c.id = s.category_id
            left join team_target t on t.team_id = :team and t.skill_id = s.id
            left join lateral (
              select sum(n.people) as holders
              from team_level_count n
              where n.team_id = :team and n.skill_id = s.id and n.level >= coalesce(t.level, :holds)
            ) h on true
            where not s.retired
            """ + CATALOG_ORDER;

    private static final String ORGANISATION = """
            with holders as (
              select n.skill_id, sum(n.people) as holders
              from skill_level_count n
              where n.level >= :holds
              group by n.skill_id
            ),
            team_holders as (
              select t.skill_id, t.headcount, coalesce(sum(n.people), 0) as holders
              from team_target t
              left join team_level_count n
                on n.team_id = t.team_id and n.skill_id = t.skill_id and n.level >= t.level
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
                   case when h.holders = 1 then (
                     select r.person_id
                     from current_rating r
                     join person p on p.id = r.person_id and p.active
                     where r.skill_id = s.id and r.level >= :holds
                     limit 1) end as some_holder,
                   coalesce(g.teams_with_target, 0) as teams_with_target,
                   coalesce(g.teams_short, 0) as teams_short,
                   coalesce(g.shortfall, 0) as shortfall
            from skill s
            join category c on c.id = s.category_id
            left join holders h on h.skill_id = s.id
            left join targets g on g.skill_id = s.id
            where not s.retired
            """ + CATALOG_ORDER;

    /**
     * Targets met with nobody to spare (holders = headcount, from the read model's counts), then their holders:
     * active members at or above the target's level.
     */
    private static final String CRITICAL_HOLDINGS = """
            with exactly_met as (
              select t.team_id, t.skill_id, t.level
              from team_target t
              join skill s on s.id = t.skill_id and not s.retired
              join team_level_count n
                on n.team_id = t.team_id and n.skill_id = t.skill_id and n.level >= t.level
              where %s
              group by t.team_id, t.skill_id, t.level, t.headcount
              having sum(n.people) = t.headcount
            )
            select tm.person_id, e.team_id, e.skill_id
            from exactly_met e
            join team_member tm on tm.team_id = e.team_id
            join person p on p.id = tm.person_id and p.active
            join current_rating r on r.person_id = tm.person_id and r.skill_id = e.skill_id and r.level >= e.level
            order by e.team_id, e.skill_id, tm.person_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ReadModelChanges.Kept<List<OrganisationSkillCoverage>> organisation;
    private final ReadModelChanges.Kept<List<CriticalHolding>> organisationCriticalHoldings;
    private final ReadModelChanges.Kept<List<SkillCoverage>> teams;

    SqlCoverage(NamedParameterJdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.organisation = changes.kept();
        this.organisationCriticalHoldings = changes.kept();
        this.teams = changes.kept(KEPT_TEAMS);
    }

    @Override
    public List<SkillCoverage> ofTeam(TeamId team) {
        return teams.get(team, () -> List.copyOf(computeTeam(team)));
    }

    private List<SkillCoverage> computeTeam(TeamId team) {
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
        return organisation.get(() -> List.copyOf(computeOrganisation()));
    }

    private List<OrganisationSkillCoverage> computeOrganisation() {
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

    @Override
    public List<CriticalHolding> criticalHoldings(TeamId team) {
        return jdbc.query(
                CRITICAL_HOLDINGS.formatted("t.team_id = :team"), Map.of("team", team.value()), SqlCoverage::holding);
    }

    @Override
    public List<CriticalHolding> criticalHoldings() {
        return organisationCriticalHoldings.get(
                () -> List.copyOf(jdbc.query(CRITICAL_HOLDINGS.formatted("true"), Map.of(), SqlCoverage::holding)));
    }

    private static CriticalHolding holding(ResultSet rs, int row) throws SQLException {
        return new CriticalHolding(
                new PersonId(uuid(rs, "person_id")),
                new TeamId(uuid(rs, "team_id")),
                new SkillId(uuid(rs, "skill_id")));
    }

    private static @Nullable PersonId soleHolder(ResultSet rs, int holders) throws SQLException {
        return holders == 1 ? new PersonId(rs.getObject("some_holder", UUID.class)) : null;
    }
}
