package org.skillsmatrix.persistence.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SkillRepository extends JpaRepository<SkillEntity, UUID> {

    /** Catalog order: category position, then skill position. */
    @Query("""
            select s from SkillEntity s, CategoryEntity c
            where c.id = s.categoryId
            order by c.position, c.name, s.position, s.name""")
    List<SkillEntity> findAllInCatalogOrder();

    @Query("select count(s) > 0 from SkillEntity s where lower(s.name) = lower(:name) and s.id <> :except")
    boolean nameTaken(String name, UUID except);
}
