package org.skillsmatrix.persistence.certification;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationRepository extends JpaRepository<CertificationEntity, UUID> {}
