package org.skillsmatrix.persistence.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<CategoryEntity, UUID> {

    List<CategoryEntity> findAllByOrderByPositionAscNameAsc();

    @Query("select count(c) > 0 from CategoryEntity c where lower(c.name) = lower(:name) and c.id <> :except")
    boolean nameTaken(String name, UUID except);
}
