package org.skillsmatrix.persistence.report;

import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.report.LevelCounts;
import org.skillsmatrix.domain.report.LevelTally;
import org.skillsmatrix.persistence.base.ReadModelChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link LevelCounts} read model, from the read model's counts: now from {@code skill_level_count}; at the
 * start of days from {@code skill_level_change}, whose changes are summed per skill and level into the intervals
 * between the days asked for and then added up interval by interval, so that a trend of many days costs one pass
 * over the changes. Active skills only, in catalog order. The last answer to each is kept while nothing it is
 * computed from changes ({@link ReadModelChanges}).
 */
@Repository
@Transactional(readOnly = true)
class SqlLevelCounts implements LevelCounts {

    private static final String CATALOG_ORDER = "order by c.position, c.name, s.position, s.name";

    private static final String CURRENT = """
            select n.skill_id, n.level, n.people
            from skill_level_count n
            join skill s on s.id = n.skill_id
            join category c on c.id = s.category_id
            where not s.retired and n.people > 0
            """ + CATALOG_ORDER;

    /**
     * Interval i holds the changes from the i-th day asked for (0: from the beginning) up to the next one, so the
     * counts as the k-th day began are the sums of the intervals before k. The days come sorted and distinct, as
     * {@code width_bucket} wants them.
     */
    private static final String STARTS = """
            with intervals as (
              select x.skill_id, x.level, width_bucket(x.day, ?::date[]) as interval, sum(x.change) as change
              from skill_level_change x
              where x.day < ?
              group by x.skill_id, x.level, interval
            )
            select d.position, i.skill_id, i.level, sum(i.change) as people
            from unnest(?::date[]) with ordinality as d(day, position)
            join intervals i on i.interval < d.position
            join skill s on s.id = i.skill_id
            join category c on c.id = s.category_id
            where not s.retired
            group by d.position, i.skill_id, i.level, c.position, c.name, s.position, s.name
            having sum(i.change) > 0
            order by d.position, c.position, c.name, s.position, s.name""";

    private final JdbcTemplate jdbc;
    private final ReadModelChanges.Kept<List<SkillLevelCounts>> current;
    private final ReadModelChanges.Kept<List<List<SkillLevelCounts>>> starts;

    SqlLevelCounts(JdbcTemplate jdbc, ReadModelChanges changes) {
        this.jdbc = jdbc;
        this.current = changes.kept();
        this.starts = changes.kept();
    }

    @Override
    public List<SkillLevelCounts> current() {
        return current.get(this::computeCurrent);
    }

    private List<SkillLevelCounts> computeCurrent() {
        var tallies = new Tallies();
        jdbc.query(CURRENT, rs -> {
            tallies.add(uuid(rs, "skill_id"), rs.getInt("level"), rs.getInt("people"));
        });
        return tallies.counts();
    }

    @Override
    public List<List<SkillLevelCounts>> startOf(List<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        return starts.get(List.copyOf(days), () -> computeStartOf(days));
    }

    private List<List<SkillLevelCounts>> computeStartOf(List<LocalDate> days) {
        var sorted = days.stream().distinct().sorted().toList();
        var tallies = new ArrayList<Tallies>();
        sorted.forEach(day -> tallies.add(new Tallies()));
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(STARTS);
                    var array = connection.createArrayOf(
                            "date", sorted.stream().map(Date::valueOf).toArray());
                    statement.setArray(1, array);
                    statement.setObject(2, sorted.getLast());
                    statement.setArray(3, array);
                    return statement;
                },
                rs -> {
                    tallies.get(rs.getInt("position") - 1)
                            .add(uuid(rs, "skill_id"), rs.getInt("level"), rs.getInt("people"));
                });
        return days.stream()
                .map(day -> tallies.get(sorted.indexOf(day)).counts())
                .toList();
    }

    /** Counts per skill, in the order the skills first come. */
    private static final class Tallies {

        private final Map<UUID, int[]> bySkill = new LinkedHashMap<>();

        void add(UUID skill, int level, int people) {
            bySkill.computeIfAbsent(skill, s -> new int[5])[level] = people;
        }

        List<SkillLevelCounts> counts() {
            var counts = new ArrayList<SkillLevelCounts>();
            bySkill.forEach((skill, tally) -> counts.add(new SkillLevelCounts(
                    new SkillId(skill), LevelTally.of(tally[0], tally[1], tally[2], tally[3], tally[4]))));
            return List.copyOf(counts);
        }
    }
}
