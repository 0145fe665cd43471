package org.skillsmatrix.persistence.mentoring;

import java.util.List;
import java.util.UUID;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface DevelopmentGoalRepository extends JpaRepository<DevelopmentGoalEntity, UUID> {

    List<DevelopmentGoalEntity> findByPersonIdOrderByDueAscSetAtAsc(UUID personId);

    List<DevelopmentGoalEntity> findByStatus(GoalStatus status);
}
