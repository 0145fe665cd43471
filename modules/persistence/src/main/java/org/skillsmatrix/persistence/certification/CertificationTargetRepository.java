package org.skillsmatrix.persistence.certification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationTargetRepository extends JpaRepository<CertificationTargetEntity, CertificationTargetKey> {

    List<CertificationTargetEntity> findByKeyTeamId(UUID team);
}
