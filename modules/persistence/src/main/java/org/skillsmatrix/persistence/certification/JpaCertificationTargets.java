package org.skillsmatrix.persistence.certification;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.certification.CertificationTargets;
import org.skillsmatrix.persistence.base.UniqueKey;
import org.skillsmatrix.persistence.base.Writes;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link CertificationTargets} port on {@code certification_target}. A target added while another writer adds
 * the same one (the primary key refuses the second), or updated after it was removed, is a concurrent edit too.
 */
@Repository
@Transactional
class JpaCertificationTargets implements CertificationTargets {

    private static final String WHAT = "This team target";

    private final CertificationTargetRepository targets;
    private final EntityManager entityManager;

    JpaCertificationTargets(CertificationTargetRepository targets, EntityManager entityManager) {
        this.targets = targets;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CertificationTarget> of(TeamId team) {
        return targets.findByKeyTeamId(team.value()).stream()
                .map(CertificationTargetEntity::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CertificationTarget> find(TeamId team, CertificationId certification) {
        return targets.findById(new CertificationTargetKey(team.value(), certification.value()))
                .map(CertificationTargetEntity::toDomain);
    }

    @Override
    public CertificationTarget add(CertificationTarget target) {
        if (targets.existsById(CertificationTargetEntity.keyOf(target))) {
            throw new ConcurrentEdit(WHAT);
        }
        var entity = new CertificationTargetEntity(target);
        entityManager.persist(entity);
        Writes.flush(entityManager, WHAT, new UniqueKey("pk_certification_target", () -> new ConcurrentEdit(WHAT)));
        return entity.toDomain();
    }

    @Override
    public CertificationTarget update(CertificationTarget target) {
        var entity =
                targets.findById(CertificationTargetEntity.keyOf(target)).orElseThrow(() -> new ConcurrentEdit(WHAT));
        Writes.requireVersion(entity.version(), target.version(), WHAT);
        entity.apply(target);
        Writes.flush(entityManager, WHAT);
        return entity.toDomain();
    }

    @Override
    public void remove(TeamId team, CertificationId certification, long version) {
        var entity = targets.findById(new CertificationTargetKey(team.value(), certification.value()))
                .orElseThrow(() -> new ConcurrentEdit(WHAT));
        Writes.requireVersion(entity.version(), version, WHAT);
        entityManager.remove(entity);
        Writes.flush(entityManager, WHAT);
    }
}
