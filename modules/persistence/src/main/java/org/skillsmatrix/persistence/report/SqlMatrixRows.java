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
import org.postgresql.PGStatement;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.PersonId;
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
 * ratings, ordered by team (as asked) and member, read through a cursor. The members are sorted first and each one's
 * ratings read from their own range of the read model's {@code current_rating} key as the rows go out (the lateral
 * join: a plain join lets the planner sort the whole organisation's ratings, on disk, before the first row), so the
 * first rows come at once; nothing is sorted after the join, as a member's rows need no order among themselves
 * (sorting a member's ratings by skill took as long as reading them). The rows come in PostgreSQL's binary form, so
 * that uuids and timestamps are read without parsing text, and their columns are read by position. PostgreSQL's
 * driver fetches a forward-only result a batch at a time when it runs inside a transaction: {@value #FIRST_FETCH}
 * rows first, then {@value #FETCH_SIZE} at a time (a hundred members of 200 skills; each fetch is a round trip in
 * which the database works while this thread waits, so fewer of them take less time), so memory holds one batch and
 * one member's ratings however large the organisation; hence the transaction on every call, read-only where the
 * caller has none, or the caller's own (an export, which also writes its audit entry). Reading takes no row locks:
 * writers carry on while an export streams, and the cursor reads one snapshot throughout.
 */
@Repository
@Transactional(readOnly = true)
class SqlMatrixRows implements MatrixRows {

    /** The rows of the first fetch, so that the first rows come at once. */
    static final int FIRST_FETCH = 1_000;

    /** The rows of each later fetch. */
    static final int FETCH_SIZE = 20_000;

    /** The positions of the columns of {@link #ROWS} that every row has; a rating's columns begin at {@link #SKILL}. */
    private static final int POSITION = 1;

    private static final int PERSON = 2;
    private static final int HEAD = 3;
    private static final int TEAM = 4;
    private static final int SKILL = 11;

    /**
     * A member's rows: one row of the member (the head: their team and person, no rating) and one row per rating,
     * which carries only the member's position and id, so that the member's columns cross the wire once, not once per
     * skill.
     */
    private static final String ROWS = """
            with wanted as (
              select w.team_id, w.position
              from unnest(?::uuid[]) with ordinality as w(team_id, position)
            )
            select m.position, m.person_id, r.head,
                   case when r.head then m.team_id end as team_id,
                   case when r.head then m.name end as name,
                   case when r.head then m.email end as email,
                   case when r.head then m.subject end as subject,
                   case when r.head then m.role_profile_id end as role_profile_id,
                   case when r.head then m.active end as active,
                   case when r.head then m.version end as version,
                   r.skill_id, r.self_level, r.self_at, r.interest, r.manager_level, r.manager_at
            from (
              select w.position, w.team_id, p.id as person_id, p.name, p.email, p.subject, p.role_profile_id,
                     p.active, p.version
              from wanted w
              join team_member tm on tm.team_id = w.team_id
              join person p on p.id = tm.person_id
              where p.active
              order by w.position, p.name, p.email, p.id
            ) m
            cross join lateral (
              select true as head, null::uuid as skill_id, null::smallint as self_level,
                     null::timestamptz as self_at, null::varchar as interest, null::smallint as manager_level,
                     null::timestamptz as manager_at
              union all
              select false, c.skill_id, c.self_level, c.self_at, c.interest, c.manager_level, c.manager_at
              from current_rating c
              where c.person_id = m.person_id
            ) r
            order by m.position, m.name, m.email, m.person_id""";

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
            statement.setFetchSize(FIRST_FETCH);
            // binary rows from the first execution on (the driver's default waits for the fifth)
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            return statement;
        };
        jdbc.query(cursor, (ResultSetExtractor<Boolean>) rs -> {
            stream(rs, row);
            return true;
        });
    }

    /**
     * Gathers the rows of one member of one team, their head row wherever it comes among them, and hands them on when
     * the next member begins.
     */
    private static void stream(ResultSet rs, Consumer<MemberRatings> row) throws SQLException {
        long position = -1;
        @Nullable PersonId person = null;
        @Nullable Member member = null;
        var ratings = new ArrayList<CurrentRating>();
        rs.setFetchSize(FETCH_SIZE); // for the fetches after the first
        while (rs.next()) {
            long nextPosition = rs.getLong(POSITION);
            var nextPerson = uuid(rs, PERSON);
            if (person == null || nextPosition != position || !nextPerson.equals(person.value())) {
                handOn(member, ratings, row);
                position = nextPosition;
                person = new PersonId(nextPerson);
                member = null;
                ratings.clear();
            }
            if (rs.getBoolean(HEAD)) {
                member = new Member(new TeamId(uuid(rs, TEAM)), PersonRows.person(rs));
            } else {
                ratings.add(CurrentRatingsSql.currentRating(rs, person, SKILL));
            }
        }
        handOn(member, ratings, row);
    }

    private static void handOn(@Nullable Member member, List<CurrentRating> ratings, Consumer<MemberRatings> row) {
        if (member != null) {
            row.accept(new MemberRatings(member.team(), member.person(), ratings));
        }
    }

    /** The member whose rows are being gathered, in the team of these rows. */
    private record Member(TeamId team, Person person) {}
}
