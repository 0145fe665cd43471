package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;

/**
 * What every {@link Certifications} and {@link Certificates} must do: keep a certification and a certificate as
 * given, take a certification's name once, list people's certificates the soonest to expire first, and refuse a
 * change based on a stale version. Each test makes its own people and certifications.
 */
public abstract class CertificatesContract {

    protected abstract Certifications certifications();

    protected abstract Certificates certificates();

    protected abstract People people();

    private PersonId ada;
    private PersonId ben;
    private PersonId maya;
    private Certification cka;
    private String tag = "";

    @BeforeEach
    void freshPeopleAndCertification() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        ada = newPerson("Ada " + tag);
        ben = newPerson("Ben " + tag);
        maya = newPerson("Maya " + tag);
        cka = certifications().add(new Certification(CertificationId.random(), "CKA " + tag, null, 7));
    }

    @Test
    void aCertificationIsKeptAtItsFirstVersionAndItsNameIsTakenOnceIgnoringCase() {
        assertThat(certifications().byId(cka.id())).contains(cka);
        assertThat(certifications().all()).contains(cka);
        assertThat(cka.version())
                .isEqualTo(certifications()
                        .add(new Certification(CertificationId.random(), "CKAD " + tag, null, 3))
                        .version());

        assertThatThrownBy(
                        () -> certifications().add(new Certification(CertificationId.random(), "cka " + tag, null, 0)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void aCertificateIsKeptAsRecordedAndListedTheSoonestToExpireFirst() {
        var later = certificates().add(certificate(ada, LocalDate.of(2031, 1, 1), "https://example.org/ada"));
        var sooner = certificates().add(certificate(ada, LocalDate.of(2029, 1, 1), null));
        var bens = certificates().add(certificate(ben, LocalDate.of(2030, 1, 1), null));

        assertThat(certificates().byId(later.id())).contains(later);
        assertThat(later.evidence()).isEqualTo("https://example.org/ada");
        assertThat(certificates().of(List.of(ada))).containsExactly(sooner, later);
        assertThat(certificates().of(List.of(ada, ben))).containsExactly(sooner, bens, later);
        assertThat(certificates().of(List.of())).isEmpty();
    }

    @Test
    void aVerificationIsKeptAndAStaleVersionIsRefused() {
        var recorded = certificates().add(certificate(ada, LocalDate.of(2030, 1, 1), null));
        var at = Instant.parse("2026-01-02T03:04:05.123456Z");

        var verified = certificates().update(recorded.verifiedBy(maya, at));

        assertThat(verified.version()).isEqualTo(recorded.version() + 1);
        assertThat(certificates().byId(recorded.id())).contains(verified);
        assertThat(verified.verifiedBy()).isEqualTo(maya);
        assertThat(verified.verifiedAt()).isEqualTo(at);
        assertThatThrownBy(() -> certificates().update(recorded.verifiedBy(ben, at)))
                .isInstanceOf(ConcurrentEdit.class);
    }

    private Certificate certificate(PersonId person, LocalDate expires, @Nullable String evidence) {
        return new Certificate(
                CertificateId.random(),
                person,
                cka.id(),
                LocalDate.of(2026, 1, 1),
                expires,
                evidence,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                null,
                null,
                0);
    }

    private PersonId newPerson(String name) {
        return people().add(new Person(PersonId.random(), name, name.replace(' ', '.') + "@example.com", null, true, 0))
                .id();
    }
}
