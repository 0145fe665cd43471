package org.skillsmatrix.persistence.report;

import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.report.trend.TargetHolders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link TargetHolders}: now from the read model's {@code current_rating}; at the start of past days by looking
 * up, for each target's active member and each day, the newest manager and the newest self-rating made before the day
 * along the index {@code ix_assessment_current}, so the cost follows targets × members × days, not the history.
 */
@Repository
@Transactional(readOnly = true)
class SqlTargetHolders implements TargetHolders {

    private static final String CURRENT = """
            select t.team_id, t.skill_id, t.headcount,
                   count(r.level) filter (where r.level >= t.level) as holders
            from team_target t
            join skill s on s.id = t.skill_id and not s.retired
            left join (team_member m join person p on p.id = m.person_id and p.active)
              on m.team_id = t.team_id
            left join current_rating r on r.person_id = m.person_id and r.skill_id = t.skill_id
            group by t.team_id, t.skill_id, t.headcount
            order by t.team_id, t.skill_id""";

    private static final String STARTS = """
            select d.position, t.team_id, t.skill_id, t.headcount,
                   count(*) filter (where r.level >= t.level) as holders
            from unnest(?::date[]) with ordinality as d(day, position)
            cross join team_target t
            join skill s on s.id = t.skill_id and not s.retired
            left join (team_member m join person p on p.id = m.person_id and p.active)
              on m.team_id = t.team_id
            left join lateral (
              select coalesce(
                (select a.level from assessment a
                 where a.person_id = m.person_id and a.skill_id = t.skill_id and a.source = 'MANAGER'
                   and a.assessed_at < d.day::timestamp at time zone 'UTC'
                 order by a.assessed_at desc, a.id desc limit 1),
                (select a.level from assessment a
                 where a.person_id = m.person_id and a.skill_id = t.skill_id and a.source = 'SELF'
                   and a.assessed_at < d.day::timestamp at time zone 'UTC'
                 order by a.assessed_at desc, a.id desc limit 1)) as level
            ) r on true
            group by d.position, t.team_id, t.skill_id, t.headcount
            order by d.position, t.team_id, t.skill_id""";

    private final JdbcTemplate jdbc;

    SqlTargetHolders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<List<TargetHolding>> startOf(List<LocalDate> days) {
        var holdings = new ArrayList<List<TargetHolding>>();
        days.forEach(day -> holdings.add(new ArrayList<>()));
        if (days.isEmpty()) {
            return holdings;
        }
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(STARTS);
                    statement.setArray(
                            1,
                            connection.createArrayOf(
                                    "date", days.stream().map(Date::valueOf).toArray()));
                    return statement;
                },
                rs -> {
                    holdings.get(rs.getInt("position") - 1).add(holding(rs));
                });
        return holdings.stream().map(List::copyOf).toList();
    }

    @Override
    public List<TargetHolding> current() {
        return jdbc.query(CURRENT, (rs, row) -> holding(rs));
    }

    private static TargetHolding holding(ResultSet rs) throws SQLException {
        return new TargetHolding(
                new TeamId(uuid(rs, "team_id")),
                new SkillId(uuid(rs, "skill_id")),
                rs.getInt("headcount"),
                rs.getInt("holders"));
    }
}
