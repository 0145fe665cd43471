package org.skillsmatrix.persistence.assessment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<AssessmentEntity, Long> {

    /** Newest first; of two made at the same instant, the one stored last first. */
    List<AssessmentEntity> findByPersonIdOrderByAssessedAtDescIdDesc(UUID personId);

    /** The ratings someone gave others, newest first. */
    List<AssessmentEntity> findByAssessorIdAndPersonIdNotOrderByAssessedAtDescIdDesc(UUID assessorId, UUID personId);
}
