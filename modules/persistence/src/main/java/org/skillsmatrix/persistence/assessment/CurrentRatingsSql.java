package org.skillsmatrix.persistence.assessment;

import static org.skillsmatrix.persistence.base.JdbcValues.instant;
import static org.skillsmatrix.persistence.base.JdbcValues.interest;
import static org.skillsmatrix.persistence.base.JdbcValues.level;
import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

/**
 * Maps a row with the columns of the read model's {@code current_rating} table to a {@link CurrentRating}: by the
 * columns' names, or, for a cursor over millions of ratings, by their positions.
 */
public final class CurrentRatingsSql {

    private CurrentRatingsSql() {}

    /** Maps the columns of {@code current_rating} in the current row. */
    public static CurrentRating currentRating(ResultSet rs) throws SQLException {
        return new CurrentRating(
                new PersonId(uuid(rs, "person_id")),
                new SkillId(uuid(rs, "skill_id")),
                rating(level(rs, "self_level"), instant(rs, "self_at")),
                rating(level(rs, "manager_level"), instant(rs, "manager_at")),
                interest(rs, "interest"));
    }

    /**
     * Maps the person's rating whose columns {@code skill_id, self_level, self_at, interest, manager_level,
     * manager_at} are, in this order, at position {@code first} (from 1) and after it in the current row: no column
     * is looked up by name, and the person's id, the same in each of their rows, is not read again.
     */
    public static CurrentRating currentRating(ResultSet rs, PersonId person, int first) throws SQLException {
        return new CurrentRating(
                person,
                new SkillId(uuid(rs, first)),
                rating(level(rs, first + 1), instant(rs, first + 2)),
                rating(level(rs, first + 4), instant(rs, first + 5)),
                interest(rs, first + 3));
    }

    private static @Nullable Rating rating(@Nullable Level level, @Nullable Instant at) {
        return level == null || at == null ? null : new Rating(level, at);
    }
}
