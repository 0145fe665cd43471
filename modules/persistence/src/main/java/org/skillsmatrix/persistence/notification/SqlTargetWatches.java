package org.skillsmatrix.persistence.notification;

import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.time.LocalDate;
import java.util.List;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.notification.TargetWatch;
import org.skillsmatrix.domain.notification.TargetWatches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link TargetWatches} in the target_watch table. */
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
                "select team_id, skill_id, met, unmet_since from target_watch",
                (rs, row) -> new TargetWatch(
                        new TeamId(uuid(rs, "team_id")),
                        new SkillId(uuid(rs, "skill_id")),
                        rs.getBoolean("met"),
                        rs.getObject("unmet_since", LocalDate.class)));
    }

    @Override
    public void replaceAll(List<TargetWatch> watches) {
        jdbc.update("delete from target_watch");
        jdbc.batchUpdate(
                "insert into target_watch (team_id, skill_id, met, unmet_since) values (?, ?, ?, ?)",
                watches,
                500,
                (statement, watch) -> {
                    statement.setObject(1, watch.team().value());
                    statement.setObject(2, watch.skill().value());
                    statement.setBoolean(3, watch.met());
                    statement.setObject(4, watch.unmetSince());
                });
    }
}
