package org.skillsmatrix.persistence.team;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.persistence.base.UniqueKey;
import org.skillsmatrix.persistence.base.Writes;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link TeamTargets} port on {@code team_target}. A target added while another writer adds the same one
 * (the primary key refuses the second), or updated after it was removed, is a concurrent edit too.
 */
@Repository
@Transactional
class JpaTeamTargets implements TeamTargets {

    private static final String WHAT = "This team target";

    private final TeamTargetRepository targets;
    private final EntityManager entityManager;

    JpaTeamTargets(TeamTargetRepository targets, EntityManager entityManager) {
        this.targets = targets;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamTarget> of(TeamId team) {
        return targets.findByTeam(team.value()).stream()
                .map(TeamTargetEntity::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamTarget> all() {
        return targets.findAllInOrder().stream().map(TeamTargetEntity::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TeamTarget> find(TeamId team, SkillId skill) {
        return targets.findById(new TeamTargetKey(team.value(), skill.value())).map(TeamTargetEntity::toDomain);
    }

    @Override
    public TeamTarget add(TeamTarget target) {
        if (targets.existsById(TeamTargetEntity.keyOf(target))) {
            throw new ConcurrentEdit(WHAT);
        }
        var entity = new TeamTargetEntity(target);
        entityManager.persist(entity);
        Writes.flush(entityManager, WHAT, new UniqueKey("pk_team_target", () -> new ConcurrentEdit(WHAT)));
        return entity.toDomain();
    }

    @Override
    public TeamTarget update(TeamTarget target) {
        var entity = targets.findById(TeamTargetEntity.keyOf(target)).orElseThrow(() -> new ConcurrentEdit(WHAT));
        Writes.requireVersion(entity.version(), target.version(), WHAT);
        entity.apply(target);
        Writes.flush(entityManager, WHAT);
        return entity.toDomain();
    }

    @Override
    public void remove(TeamId team, SkillId skill, long version) {
        var entity = targets.findById(new TeamTargetKey(team.value(), skill.value()))
                .orElseThrow(() -> new ConcurrentEdit(WHAT));
        Writes.requireVersion(entity.version(), version, WHAT);
        entityManager.remove(entity);
        Writes.flush(entityManager, WHAT);
    }
}
