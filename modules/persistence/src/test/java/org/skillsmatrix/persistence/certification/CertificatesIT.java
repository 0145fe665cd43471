package org.skillsmatrix.persistence.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.testing.CertificatesContract;
import org.skillsmatrix.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

class CertificatesIT extends PersistenceIT {

    @Autowired
    Certifications certifications;

    @Autowired
    Certificates certificates;

    @Autowired
    People people;

    @Nested
    class KeepsTheContract extends CertificatesContract {

        @Override
        protected Certifications certifications() {
            return certifications;
        }

        @Override
        protected Certificates certificates() {
            return certificates;
        }

        @Override
        protected People people() {
            return people;
        }
    }

    @Test
    void theDefaultCatalogHasCertificationsInTheSeedsAreasTiedToTheirSkills() {
        assertThat(certifications.all())
                .extracting(Certification::name)
                .contains(
                        "AWS Certified Solutions Architect – Associate",
                        "Certified Kubernetes Administrator (CKA)",
                        "CompTIA Security+");
        var kubernetes = jdbc.queryForObject("select id from skill where name = 'Kubernetes'", UUID.class);
        assertThat(certifications.all())
                .filteredOn(certification -> certification.name().startsWith("Certified Kubernetes"))
                .allSatisfy(certification ->
                        assertThat(certification.skill().value()).isEqualTo(kubernetes));
    }

    @Test
    void theSchemaRefusesACertificateThatExpiresBeforeItWasIssued() {
        var certification = certifications.all().getFirst().id().value();
        var insert = """
                insert into certificate (id, person_id, certification_id, issued, expires, recorded_at)
                values (?, ?, ?, date '2026-01-01', date '2025-01-01', now())""";
        var person = people.add(new Person(PersonId.random(), "Pat Doe", "pat.doe@example.com", null, true, 0))
                .id()
                .value();

        assertThatThrownBy(() -> jdbc.update(insert, UUID.randomUUID(), person, certification))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
