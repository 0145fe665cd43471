package org.skillsmatrix.persistence.mentoring;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.skillsmatrix.persistence.base.AdvisoryLock;
import org.skillsmatrix.persistence.base.Writes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@link DevelopmentGoals} port on {@code development_goal}; a stale version is a concurrent edit. */
@Repository
@Transactional
class JpaDevelopmentGoals implements DevelopmentGoals {

    private static final String WHAT = "This development goal";

    private final DevelopmentGoalRepository goals;
    private final EntityManager entityManager;

    private final JdbcTemplate jdbc;

    JpaDevelopmentGoals(DevelopmentGoalRepository goals, EntityManager entityManager, JdbcTemplate jdbc) {
        this.goals = goals;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public void holdMentor(PersonId mentor) {
        AdvisoryLock.holdMentor(jdbc, mentor.value());
    }

    @Override
    public DevelopmentGoal add(DevelopmentGoal goal) {
        var entity = new DevelopmentGoalEntity(goal);
        entityManager.persist(entity);
        Writes.flush(entityManager, WHAT);
        return entity.toDomain();
    }

    @Override
    public DevelopmentGoal update(DevelopmentGoal goal) {
        var entity = goals.findById(goal.id().value()).orElseThrow(() -> new ConcurrentEdit(WHAT));
        Writes.requireVersion(entity.version(), goal.version(), WHAT);
        entity.apply(goal);
        Writes.flush(entityManager, WHAT);
        return entity.toDomain();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DevelopmentGoal> byId(GoalId id) {
        return goals.findById(id.value()).map(DevelopmentGoalEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DevelopmentGoal> of(PersonId learner) {
        return goals.findByPersonIdOrderByDueAscSetAtAsc(learner.value()).stream()
                .map(DevelopmentGoalEntity::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DevelopmentGoal> open() {
        return goals.findByStatus(GoalStatus.OPEN).stream()
                .map(DevelopmentGoalEntity::toDomain)
                .toList();
    }
}
