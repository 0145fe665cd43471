package org.skillsmatrix.persistence.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<PersonEntity, UUID> {

    Optional<PersonEntity> findByEmail(String email);

    Optional<PersonEntity> findBySubject(String subject);

    List<PersonEntity> findAllByOrderByNameAscEmailAsc();

    long countByActiveTrue();
}
