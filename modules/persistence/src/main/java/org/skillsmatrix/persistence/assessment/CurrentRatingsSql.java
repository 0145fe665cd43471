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

/** Maps a row with the columns of the read model's {@code current_rating} table to a {@link CurrentRating}. */
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

    private static @Nullable Rating rating(@Nullable Level level, @Nullable Instant at) {
        return level == null || at == null ? null : new Rating(level, at);
    }
}
