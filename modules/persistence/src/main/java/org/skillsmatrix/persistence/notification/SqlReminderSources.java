package org.skillsmatrix.persistence.notification;

import static org.skillsmatrix.persistence.base.JdbcValues.timestamp;
import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.notification.ReminderSources;
import org.skillsmatrix.domain.notification.StaleRating;
import org.skillsmatrix.domain.notification.WaitingSelfRating;
import org.skillsmatrix.persistence.base.JdbcValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ReminderSources} on the read model's current ratings and the certificates: one query each, whatever the
 * history's length.
 */
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

    @Override
    public List<StaleRating> ratingsStatedBefore(Instant cutoff) {
        // the level that counts was last stated: the manager's rating, or the person's own confirmation of it since,
        // as CurrentRating.confirmedAt says
        return jdbc.query(
                """
                select r.person_id, r.skill_id
                from current_rating r
                join person p on p.id = r.person_id and p.active
                join skill s on s.id = r.skill_id and not s.retired
                where r.level > 0
                  and case
                        when r.manager_at is null then r.self_at
                        when r.self_level = r.manager_level and r.self_at > r.manager_at then r.self_at
                        else r.manager_at
                      end < ?
                """,
                (rs, row) -> new StaleRating(new PersonId(uuid(rs, "person_id")), new SkillId(uuid(rs, "skill_id"))),
                timestamp(cutoff));
    }

    @Override
    public List<Certificate> latestCertificatesExpiring(LocalDate first, LocalDate last) {
        return jdbc.query(
                """
                select c.id, c.person_id, c.certification_id, c.issued, c.expires, c.evidence, c.recorded_at,
                       c.verified_by, c.verified_at, c.version
                from certificate c
                join person p on p.id = c.person_id and p.active
                where c.expires between ? and ?
                  and not exists (
                    select 1 from certificate later
                    where later.person_id = c.person_id and later.certification_id = c.certification_id
                      and later.expires > c.expires)
                order by c.expires, c.id
                """,
                (rs, row) -> {
                    var verifiedBy = (UUID) rs.getObject("verified_by");
                    return new Certificate(
                            new CertificateId(uuid(rs, "id")),
                            new PersonId(uuid(rs, "person_id")),
                            new CertificationId(uuid(rs, "certification_id")),
                            rs.getObject("issued", LocalDate.class),
                            rs.getObject("expires", LocalDate.class),
                            rs.getString("evidence"),
                            Objects.requireNonNull(JdbcValues.instant(rs, "recorded_at")),
                            verifiedBy == null ? null : new PersonId(verifiedBy),
                            JdbcValues.instant(rs, "verified_at"),
                            rs.getLong("version"));
                },
                first,
                last);
    }
}
