package org.skillsmatrix.persistence.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long> {

    List<AuditEntryEntity> findAllByOrderByAtDescIdDesc(Limit limit);

    Optional<AuditEntryEntity> findFirstBySubjectOrderByAtDescIdDesc(String subject);
}
