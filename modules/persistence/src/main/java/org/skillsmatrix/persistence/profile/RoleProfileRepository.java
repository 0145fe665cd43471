package org.skillsmatrix.persistence.profile;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleProfileRepository extends JpaRepository<RoleProfileEntity, UUID> {

    List<RoleProfileEntity> findAllByOrderByNameAsc();

    @Query("select count(p) > 0 from RoleProfileEntity p where lower(p.name) = lower(:name) and p.id <> :except")
    boolean nameTaken(String name, UUID except);
}
