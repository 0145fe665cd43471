package org.skillsmatrix.persistence.notification;

import static org.skillsmatrix.persistence.base.JdbcValues.timestamp;
import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.notification.ReminderSources;
import org.skillsmatrix.domain.notification.WaitingSelfRating;
import org.skillsmatrix.persistence.base.JdbcValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link ReminderSources} on the read model's current ratings: one query, whatever the history's length. */
@Repository
@Transactional(readOnly = true)
class SqlReminderSources implements ReminderSources {

    private final JdbcTemplate jdbc;

    SqlReminderSources(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WaitingSelfRating> selfRatingsWaitingSince(Instant before) {
        return jdbc.query(
                """
                select r.person_id, r.skill_id, r.self_at
                from current_rating r
                join person p on p.id = r.person_id and p.active
                where r.manager_at is null and r.self_at is not null and r.self_at < ?
                """,
                (rs, row) -> new WaitingSelfRating(
                        new PersonId(uuid(rs, "person_id")),
                        new SkillId(uuid(rs, "skill_id")),
                        Objects.requireNonNull(JdbcValues.instant(rs, "self_at"))),
                timestamp(before));
    }
}
