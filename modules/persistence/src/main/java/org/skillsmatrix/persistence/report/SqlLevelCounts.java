package org.skillsmatrix.persistence.report;

import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.report.LevelCounts;
import org.skillsmatrix.domain.report.LevelTally;
import org.skillsmatrix.persistence.assessment.CurrentRatingsSql;
import org.skillsmatrix.persistence.base.JdbcValues;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link LevelCounts} read model: one query per point in time folds the current rating of every active
 * person in every skill from the assessments made before it (one pass over {@code ix_assessment_current}) and
 * counts the people at each level of each active skill, in catalog order.
 */
@Repository
@Transactional(readOnly = true)
class SqlLevelCounts implements LevelCounts {

    private static final String ACTIVE_PEOPLE = """
            with active_people as (
              select id as person_id from person where active
            ),
            """;

    private static final String COUNTS = """

            select r.skill_id,
                   count(*) filter (where r.level = 0) as level_0,
                   count(*) filter (where r.level = 1) as level_1,
                   count(*) filter (where r.level = 2) as level_2,
                   count(*) filter (where r.level = 3) as level_3,
                   count(*) filter (where r.level = 4) as level_4
            from current_rating r
            join skill s on s.id = r.skill_id
            join category c on c.id = s.category_id
            where not s.retired
            group by r.skill_id, c.position, c.name, s.position, s.name
            order by c.position, c.name, s.position, s.name""";

    private static final String CURRENT =
            ACTIVE_PEOPLE + CurrentRatingsSql.where("a.person_id in (select person_id from active_people)") + COUNTS;

    private static final String BEFORE = ACTIVE_PEOPLE
            + CurrentRatingsSql.where("a.person_id in (select person_id from active_people) and a.assessed_at < :at")
            + COUNTS;

    private final NamedParameterJdbcTemplate jdbc;

    SqlLevelCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SkillLevelCounts> before(Instant at) {
        return jdbc.query(BEFORE, Map.of("at", JdbcValues.timestamp(roundedUp(at))), (rs, row) -> counts(rs));
    }

    @Override
    public List<SkillLevelCounts> current() {
        return jdbc.query(CURRENT, (rs, row) -> counts(rs));
    }

    /**
     * The instant in the microseconds PostgreSQL keeps, rounded up: stored instants have no finer part, so
     * "before the rounded instant" is "before the instant" for every one of them.
     */
    static Instant roundedUp(Instant at) {
        var truncated = at.truncatedTo(ChronoUnit.MICROS);
        return truncated.equals(at) ? at : truncated.plus(1, ChronoUnit.MICROS);
    }

    private static SkillLevelCounts counts(ResultSet rs) throws SQLException {
        return new SkillLevelCounts(
                new SkillId(uuid(rs, "skill_id")),
                LevelTally.of(
                        rs.getInt("level_0"),
                        rs.getInt("level_1"),
                        rs.getInt("level_2"),
                        rs.getInt("level_3"),
                        rs.getInt("level_4")));
    }
}
