package org.skillsmatrix.persistence.notification;

import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.notification.TargetWatch;
import org.skillsmatrix.domain.notification.TargetWatches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link TargetWatches} in the target_watch table: a row of a skill's target or of a certification target. */
@Repository
@Transactional
class SqlTargetWatches implements TargetWatches {

    private final JdbcTemplate jdbc;

    SqlTargetWatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TargetWatch> all() {
        return jdbc.query(
                "select team_id, skill_id, certification_id, met, unmet_since from target_watch", (rs, row) -> {
                    var skill = rs.getObject("skill_id", UUID.class);
                    var certification = rs.getObject("certification_id", UUID.class);
                    return new TargetWatch(
                            new TeamId(uuid(rs, "team_id")),
                            skill == null ? null : new SkillId(skill),
                            certification == null ? null : new CertificationId(certification),
                            rs.getBoolean("met"),
                            rs.getObject("unmet_since", LocalDate.class));
                });
    }

    @Override
    public void replaceAll(List<TargetWatch> watches) {
        jdbc.update("delete from target_watch");
        jdbc.batchUpdate(
                "insert into target_watch (team_id, skill_id, certification_id, met, unmet_since)"
                        + " values (?, ?, ?, ?, ?)",
                watches,
                500,
                (statement, watch) -> {
                    statement.setObject(1, watch.team().value());
                    var skill = watch.skill();
                    var certification = watch.certification();
                    statement.setObject(2, skill == null ? null : skill.value());
                    statement.setObject(3, certification == null ? null : certification.value());
                    statement.setBoolean(4, watch.met());
                    statement.setObject(5, watch.unmetSince());
                });
    }
}
