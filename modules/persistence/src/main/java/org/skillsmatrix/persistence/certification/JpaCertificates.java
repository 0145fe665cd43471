package org.skillsmatrix.persistence.certification;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.persistence.base.Writes;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Certificates} port on {@code certificate}; a stale version is a concurrent edit. */
@Repository
@Transactional
class JpaCertificates implements Certificates {

    private static final String WHAT = "This certificate";

    private final CertificateRepository certificates;
    private final EntityManager entityManager;

    JpaCertificates(CertificateRepository certificates, EntityManager entityManager) {
        this.certificates = certificates;
        this.entityManager = entityManager;
    }

    @Override
    public Certificate add(Certificate certificate) {
        var entity = new CertificateEntity(certificate);
        entityManager.persist(entity);
        Writes.flush(entityManager, WHAT);
        return entity.toDomain();
    }

    @Override
    public Certificate update(Certificate certificate) {
        var entity = certificates.findById(certificate.id().value()).orElseThrow(() -> new ConcurrentEdit(WHAT));
        Writes.requireVersion(entity.version(), certificate.version(), WHAT);
        entity.apply(certificate);
        Writes.flush(entityManager, WHAT);
        return entity.toDomain();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Certificate> byId(CertificateId id) {
        return certificates.findById(id.value()).map(CertificateEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Certificate> of(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return certificates
                .findByPersonIdInOrderByExpiresAscIdAsc(
                        people.stream().map(PersonId::value).toList())
                .stream()
                .map(CertificateEntity::toDomain)
                .toList();
    }
}
