package org.skillsmatrix.persistence.team;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.TeamTarget;

@Entity
@Table(name = "team_target")
class TeamTargetEntity {

    @EmbeddedId
    private TeamTargetKey key;

    private Level level;

    private int headcount;

    @Version
    private long version;

    protected TeamTargetEntity() {
        this.key = new TeamTargetKey(new UUID(0, 0), new UUID(0, 0));
        this.level = Level.HOLDS_SKILL;
    }

    TeamTargetEntity(TeamTarget target) {
        this.key = keyOf(target);
        this.level = target.level();
        this.headcount = target.headcount();
    }

    static TeamTargetKey keyOf(TeamTarget target) {
        return new TeamTargetKey(target.team().value(), target.skill().value());
    }

    void apply(TeamTarget target) {
        this.level = target.level();
        this.headcount = target.headcount();
    }

    long version() {
        return version;
    }

    TeamTarget toDomain() {
        return new TeamTarget(new TeamId(key.teamId()), new SkillId(key.skillId()), level, headcount, version);
    }
}
