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
 * The SQL form of {@link CurrentRating#of} for a read that folds the history itself: the newest self and the
 * newest manager assessment per person and skill (of two at the same instant, the one stored last), the interest
 * from the newest self-assessment, and the level that counts (the manager's, else the person's own). The {@code
 * ix_assessment_current} index serves it. Most reads take the fold kept in the read model's {@code
 * current_rating} table instead; both map with {@link #currentRating}.
 */
public final class CurrentRatingsSql {

    private CurrentRatingsSql() {}

    /**
     * A lateral subquery for the person whose id {@code person} names (a column of the outer query, e.g. {@code
     * "m.person_id"}): one row per skill they were rated in, by skill, with the columns of the {@code current_rating} table
     * but {@code person_id}; use it as {@code left join <lateral> r on true}. One range of {@code
     * ix_assessment_current} per person, read in the order of the outer query: the form for streaming many people in
     * an order of the caller's without sorting all their ratings first.
     */
    public static String lateral(String person) {
        return LATERAL.formatted(person);
    }

    /** The fold of the newest self and manager assessment of one person and skill into a current rating. */
    private static final String FOLD = """
                     max(level) filter (where source = 'SELF') as self_level,
                     max(assessed_at) filter (where source = 'SELF') as self_at,
                     max(interest) filter (where source = 'SELF') as interest,
                     max(level) filter (where source = 'MANAGER') as manager_level,
                     max(assessed_at) filter (where source = 'MANAGER') as manager_at,
                     coalesce(max(level) filter (where source = 'MANAGER'),
                              max(level) filter (where source = 'SELF')) as level
            """;

    private static final String LATERAL = """
            lateral (
              select skill_id,
            """ + FOLD + """
              from (
                select distinct on (a.skill_id, a.source) a.skill_id, a.source, a.level, a.interest, a.assessed_at
                from assessment a
                where a.person_id = %s
                order by a.skill_id, a.source, a.assessed_at desc, a.id desc
              ) newest
              group by skill_id
            )""";

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
