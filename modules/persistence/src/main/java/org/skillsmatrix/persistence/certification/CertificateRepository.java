package org.skillsmatrix.persistence.certification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<CertificateEntity, UUID> {

    List<CertificateEntity> findByPersonIdInOrderByExpiresAscIdAsc(Collection<UUID> people);
}
