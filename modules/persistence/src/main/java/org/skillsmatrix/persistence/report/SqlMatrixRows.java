package org.skillsmatrix.persistence.report;

import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.MatrixRows;
import org.skillsmatrix.persistence.assessment.CurrentRatingsSql;
import org.skillsmatrix.persistence.people.PersonRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link MatrixRows} read model: one query for every wanted team's active members joined to their current
 * ratings, ordered by team (as asked), member and skill, read through a cursor. The members are sorted first and
 * each one's ratings read from their own range of the read model's {@code current_rating} key as the rows go
 * out (the lateral join: a plain join lets the planner sort the whole organisation's ratings, on disk, before the
 * first row), so the first rows come at once. PostgreSQL's driver fetches a
 * forward-only result {@value #FETCH_SIZE} rows at a time when it runs inside a transaction, so memory holds one
 * batch and one member's ratings however large the organisation; hence the transaction on every call, read-only
 * where the caller has none, or the caller's own (an export, which also writes its audit entry). Reading takes
 * no row locks: writers carry on while an export streams, and the cursor reads one snapshot throughout.
 */
@Repository
@Transactional(readOnly = true)
class SqlMatrixRows implements MatrixRows {

    static final int FETCH_SIZE = 1_000;

    private static final String ROWS = """
            with wanted as (
              select w.team_id, w.position
              from unnest(?::uuid[]) with ordinality as w(team_id, position)
            )
            select m.position, m.team_id, m.person_id, m.name, m.email, m.subject, m.role_profile_id, m.active,
                   m.version, r.skill_id, r.self_level, r.self_at, r.interest, r.manager_level, r.manager_at
            from (
              select w.position, w.team_id, p.id as person_id, p.name, p.email, p.subject, p.role_profile_id,
                     p.active, p.version
              from wanted w
              join team_member tm on tm.team_id = w.team_id
              join person p on p.id = tm.person_id
              where p.active
              order by w.position, p.name, p.email, p.id
            ) m
            left join lateral (
              select c.* from current_rating c where c.person_id = m.person_id
            ) r on true
            order by m.position, m.name, m.email, m.person_id, r.skill_id""";

    private final JdbcTemplate jdbc;

    SqlMatrixRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEach(List<TeamId> teams, Consumer<MemberRatings> row) {
        Objects.requireNonNull(row, "row");
        if (teams.isEmpty()) {
            return;
        }
        var ids = teams.stream().map(TeamId::value).toArray(UUID[]::new);
        PreparedStatementCreator cursor = connection -> {
            var statement = connection.prepareStatement(ROWS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            return statement;
        };
        jdbc.query(cursor, (ResultSetExtractor<Boolean>) rs -> {
            stream(rs, row);
            return true;
        });
    }

    /** Gathers the rows of one member of one team, and hands them on when the next member begins. */
    private static void stream(ResultSet rs, Consumer<MemberRatings> row) throws SQLException {
        long position = -1;
        @Nullable UUID person = null;
        @Nullable Member member = null;
        var ratings = new ArrayList<CurrentRating>();
        while (rs.next()) {
            long nextPosition = rs.getLong("position");
            var nextPerson = uuid(rs, "person_id");
            if (nextPosition != position || !nextPerson.equals(person)) {
                if (member != null) {
                    row.accept(new MemberRatings(member.team(), member.person(), ratings));
                    ratings.clear();
                }
                position = nextPosition;
                person = nextPerson;
                member = new Member(new TeamId(uuid(rs, "team_id")), PersonRows.person(rs));
            }
            if (rs.getObject("skill_id") != null) {
                ratings.add(CurrentRatingsSql.currentRating(rs));
            }
        }
        if (member != null) {
            row.accept(new MemberRatings(member.team(), member.person(), ratings));
        }
    }

    /** The member whose rows are being gathered, in the team of these rows. */
    private record Member(TeamId team, Person person) {}
}
