package org.skillsmatrix.persistence.mentoring;

import static org.skillsmatrix.persistence.base.JdbcValues.level;
import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.mentoring.LearningNeed;
import org.skillsmatrix.domain.mentoring.MentorCandidate;
import org.skillsmatrix.domain.mentoring.MentorCandidates;
import org.skillsmatrix.domain.scale.Level;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link MentorCandidates} reads, one query each over the read model: the current ratings of those who want to
 * grow (a partial index keeps them apart) with their teams' targets and holder counts, and the current ratings at
 * {@link Level#HOLDS_SKILL} or above in the skills asked for, each at the lowest level a need in it asks for. The cost follows those rows, not the history.
 */
@Repository
@Transactional(readOnly = true)
class SqlMentorCandidates implements MentorCandidates {

    private static final String NEEDS = """
            select w.person_id, w.skill_id, tm.team_id, w.level,
                   t.level as target_level, coalesce(t.headcount, 0) as required,
                   e.level as profile_level, coalesce(h.holders, 0) as holders
            from current_rating w
            join person p on p.id = w.person_id and p.active
            join team_member tm on tm.person_id = w.person_id
            join skill s on s.id = w.skill_id and not s.retired
            left join team_target t on t.team_id = tm.team_id and t.skill_id = w.skill_id
            left join role_profile_expectation e
              on e.role_profile_id = p.role_profile_id and e.skill_id = w.skill_id
            left join lateral (
              select sum(n.people) as holders
              from team_level_count n
              where n.team_id = tm.team_id and n.skill_id = w.skill_id and n.level >= coalesce(t.level, :holds)
            ) h on true
            where w.interest = 'WANTS_TO_GROW'
              and w.level < greatest(coalesce(t.level, 0), coalesce(e.level, 0))
            """;

    private static final String MENTORS = """
            select r.person_id, r.skill_id, r.level
            from current_rating r
            join unnest(cast(? as uuid[]), cast(? as int[])) as asked(skill_id, level)
              on asked.skill_id = r.skill_id and r.level >= asked.level
            join person p on p.id = r.person_id and p.active
            join skill s on s.id = r.skill_id and not s.retired
            """;

    /** Counted in the partial index of the ratings that want to grow. */
    private static final String WISHES = """
            select count(*) from current_rating where interest = 'WANTS_TO_GROW'
            """;

    private static final String MEMBERSHIPS = """
            select tm.person_id, tm.team_id
            from team_member tm
            join person p on p.id = tm.person_id and p.active
            """;

    private final NamedParameterJdbcTemplate jdbc;

    SqlMentorCandidates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LearningNeed> needs() {
        return jdbc.query(NEEDS, Map.of("holds", Level.HOLDS_SKILL.value()), SqlMentorCandidates::need);
    }

    @Override
    public long wishesToGrow() {
        return Objects.requireNonNull(jdbc.getJdbcTemplate().queryForObject(WISHES, Long.class));
    }

    @Override
    public List<MentorCandidate> mentors(Map<SkillId, Level> lowestLevels) {
        if (lowestLevels.isEmpty()) {
            return List.of();
        }
        var skills = new UUID[lowestLevels.size()];
        var levels = new Integer[lowestLevels.size()];
        int i = 0;
        for (var asked : lowestLevels.entrySet()) {
            skills[i] = asked.getKey().value();
            levels[i++] = Math.max(asked.getValue().value(), Level.HOLDS_SKILL.value());
        }
        var teams = memberships();
        return jdbc.getJdbcTemplate()
                .query(
                        connection -> {
                            var statement = connection.prepareStatement(MENTORS);
                            statement.setArray(1, connection.createArrayOf("uuid", skills));
                            statement.setArray(2, connection.createArrayOf("int4", levels));
                            return statement;
                        },
                        (rs, row) -> {
                            var person = new PersonId(uuid(rs, "person_id"));
                            return new MentorCandidate(
                                    person,
                                    new SkillId(uuid(rs, "skill_id")),
                                    Objects.requireNonNull(level(rs, "level")),
                                    teams.getOrDefault(person, Set.of()));
                        });
    }

    /** Each active person's teams, read once and shared by all their rows instead of decoded per row. */
    private Map<PersonId, Set<TeamId>> memberships() {
        var teams = new HashMap<PersonId, Set<TeamId>>();
        jdbc.query(MEMBERSHIPS, rs -> {
            teams.computeIfAbsent(new PersonId(uuid(rs, "person_id")), person -> new HashSet<>())
                    .add(new TeamId(uuid(rs, "team_id")));
        });
        teams.replaceAll((person, ids) -> Set.copyOf(ids));
        return teams;
    }

    private static LearningNeed need(ResultSet rs, int row) throws SQLException {
        return new LearningNeed(
                new PersonId(uuid(rs, "person_id")),
                new SkillId(uuid(rs, "skill_id")),
                new TeamId(uuid(rs, "team_id")),
                Objects.requireNonNull(level(rs, "level")),
                level(rs, "target_level"),
                rs.getInt("required"),
                rs.getInt("holders"),
                level(rs, "profile_level"));
    }
}
