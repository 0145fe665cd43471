package org.skillsmatrix.persistence.scale;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.scale.Scale;
import org.skillsmatrix.domain.scale.ScaleLevel;
import org.skillsmatrix.persistence.base.ReferenceData;
import org.skillsmatrix.persistence.base.Writes;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Scale} port on the {@code scale_level} table, whose five rows Liquibase loads; read once per node and
 * shared while unchanged ({@link ReferenceData}). */
@Repository
@Transactional
class JpaScale implements Scale {

    private final ScaleLevelRepository levels;
    private final EntityManager entityManager;
    private final ReferenceData.Kept<List<ScaleLevel>> kept;

    JpaScale(ScaleLevelRepository levels, EntityManager entityManager, ReferenceData referenceData) {
        this.levels = levels;
        this.entityManager = entityManager;
        this.kept = referenceData.kept();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScaleLevel> levels() {
        return kept.get(() -> levels.findAllByOrderByLevelAsc().stream()
                .map(ScaleLevelEntity::toDomain)
                .toList());
    }

    @Override
    public ScaleLevel update(ScaleLevel level) {
        var entity = levels.findById((short) level.level().value())
                .orElseThrow(() -> new NotFound("Level", level.level().value()));
        var what = "Level " + level.level().value();
        Writes.requireVersion(entity.version(), level.version(), what);
        entity.apply(level);
        Writes.flush(entityManager, what);
        return entity.toDomain();
    }
}
