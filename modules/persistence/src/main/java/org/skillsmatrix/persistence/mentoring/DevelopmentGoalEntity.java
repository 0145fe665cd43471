package org.skillsmatrix.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.persistence.base.JdbcValues;

@Entity
@Table(name = "development_goal")
class DevelopmentGoalEntity {

    @Id
    private UUID id;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "skill_id")
    private UUID skillId;

    @Column(name = "target_level")
    private Level targetLevel;

    @Column(name = "start_level")
    private @Nullable Level startLevel;

    @Column(name = "mentor_id")
    private @Nullable UUID mentorId;

    private LocalDate due;

    @Enumerated(EnumType.STRING)
    private GoalStatus status;

    @Column(name = "set_by")
    private UUID setBy;

    @Column(name = "set_at")
    private Instant setAt;

    @Version
    private long version;

    protected DevelopmentGoalEntity() {
        this.id = new UUID(0, 0);
        this.personId = id;
        this.skillId = id;
        this.targetLevel = Level.HOLDS_SKILL;
        this.due = LocalDate.EPOCH;
        this.status = GoalStatus.OPEN;
        this.setBy = id;
        this.setAt = Instant.EPOCH;
    }

    DevelopmentGoalEntity(DevelopmentGoal goal) {
        this.id = goal.id().value();
        this.personId = goal.learner().value();
        this.skillId = goal.skill().value();
        this.targetLevel = goal.target();
        this.startLevel = goal.startLevel();
        var mentor = goal.mentor();
        this.mentorId = mentor == null ? null : mentor.value();
        this.due = goal.due();
        this.status = goal.status();
        this.setBy = goal.setBy().value();
        this.setAt = JdbcValues.stored(goal.setAt());
    }

    /** What a manager changes after setting a goal: its status. */
    void apply(DevelopmentGoal goal) {
        this.status = goal.status();
    }

    long version() {
        return version;
    }

    DevelopmentGoal toDomain() {
        return new DevelopmentGoal(
                new GoalId(id),
                new PersonId(personId),
                new SkillId(skillId),
                targetLevel,
                startLevel,
                mentorId == null ? null : new PersonId(mentorId),
                due,
                status,
                new PersonId(setBy),
                setAt,
                version);
    }
}
