package org.skillsmatrix.persistence.mentoring;

import static org.skillsmatrix.persistence.base.JdbcValues.level;
import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
 * {@link Level#HOLDS_SKILL} or above in the skills asked for. The cost follows those rows, not the history.
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
            with memberships as (
              select person_id, array_agg(team_id) as teams from team_member group by person_id
            )
            select r.person_id, r.skill_id, r.level, coalesce(m.teams, '{}') as teams
            from current_rating r
            join person p on p.id = r.person_id and p.active
            join skill s on s.id = r.skill_id and not s.retired
            left join memberships m on m.person_id = r.person_id
            where r.skill_id in (:skills) and r.level >= :holds
            """;

    private final NamedParameterJdbcTemplate jdbc;

    SqlMentorCandidates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LearningNeed> needs(@Nullable TeamId team) {
        var holds = Level.HOLDS_SKILL.value();
        if (team == null) {
            return jdbc.query(NEEDS, Map.of("holds", holds), SqlMentorCandidates::need);
        }
        return jdbc.query(
                NEEDS + " and tm.team_id = :team",
                Map.of("holds", holds, "team", team.value()),
                SqlMentorCandidates::need);
    }

    @Override
    public List<MentorCandidate> mentors(Collection<SkillId> skills) {
        if (skills.isEmpty()) {
            return List.of();
        }
        var ids = skills.stream().map(SkillId::value).toList();
        return jdbc.query(MENTORS, Map.of("skills", ids, "holds", Level.HOLDS_SKILL.value()), (rs, row) -> {
            var teams = (UUID[]) rs.getArray("teams").getArray();
            return new MentorCandidate(
                    new PersonId(uuid(rs, "person_id")),
                    new SkillId(uuid(rs, "skill_id")),
                    Objects.requireNonNull(level(rs, "level")),
                    Arrays.stream(teams).map(TeamId::new).collect(Collectors.toSet()));
        });
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
