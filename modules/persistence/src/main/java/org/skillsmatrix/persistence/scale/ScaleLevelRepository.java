package org.skillsmatrix.persistence.scale;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScaleLevelRepository extends JpaRepository<ScaleLevelEntity, Short> {

    List<ScaleLevelEntity> findAllByOrderByLevelAsc();
}
