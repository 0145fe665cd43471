package org.skillsmatrix.persistence.certification;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.persistence.base.UniqueKey;
import org.skillsmatrix.persistence.base.Writes;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Certifications} port on {@code certification}; a name is taken once, ignoring case. */
@Repository
@Transactional
class JpaCertifications implements Certifications {

    private static final String WHAT = "This certification";

    private final CertificationRepository certifications;
    private final EntityManager entityManager;

    JpaCertifications(CertificationRepository certifications, EntityManager entityManager) {
        this.certifications = certifications;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Certification> all() {
        return certifications.findAll().stream()
                .map(CertificationEntity::toDomain)
                .sorted(Comparator.comparing(
                        certification -> certification.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Certification> byId(CertificationId id) {
        return certifications.findById(id.value()).map(CertificationEntity::toDomain);
    }

    @Override
    public Certification add(Certification certification) {
        var entity = new CertificationEntity(certification);
        entityManager.persist(entity);
        Writes.flush(
                entityManager,
                WHAT,
                UniqueKey.of("ux_certification_name", "name", "certification.name-taken", certification.name()));
        return entity.toDomain();
    }
}
