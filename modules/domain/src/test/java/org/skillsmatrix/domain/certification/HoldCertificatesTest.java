package org.skillsmatrix.domain.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

/** The organisation's day is 2025-03-03. */
class HoldCertificatesTest {

    final TestOrganisation org = new TestOrganisation();
    final Skill kubernetes = org.skill("Kubernetes");
    final Person ada = org.person("Ada Lovelace");
    final Person ben = org.person("Ben Brown");
    final Person maya = org.person("Maya Schmidt");
    final Person otto = org.person("Otto Other");
    final Person hannah = org.person("Hannah Ruiz");
    final Team payments = org.team("Payments", List.of(ada, ben), List.of(maya));
    final Team search = org.team("Search", List.of(otto), List.of());
    final Certification cka =
            org.certificationCatalog.add(admin(hannah), "Certified Kubernetes Administrator", kubernetes.id());
    final Certification aws = org.certificationCatalog.add(admin(hannah), "AWS Solutions Architect", null);

    @Test
    void aPersonRecordsACertificateAndEveryoneEntitledReadsItWithWhereItStands() {
        var held = org.holdCertificates.record(
                employee(ada),
                cka.id(),
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2025, 4, 1),
                "https://www.credly.com/badges/ada");

        assertThat(held.status()).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(held.certificate().verified()).isFalse();
        assertThat(held.certification().skill()).isEqualTo(kubernetes.id());
        assertThat(org.auditLog.newest(1))
                .extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::detail)
                .containsExactly(tuple(
                        "certificate.recorded",
                        ada.id().toString(),
                        "Certified Kubernetes Administrator 2024-04-01 to 2025-04-01"));
        for (var reader : List.of(employee(ada), manager(maya), hr(hannah))) {
            assertThat(org.holdCertificates.of(reader, ada.id())).containsExactly(held);
        }
        assertThatThrownBy(() -> org.holdCertificates.of(employee(ben), ada.id()))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void theTeamsCertificatesAreListedByMemberTheSoonestToExpireFirst() {
        org.holdCertificates.record(employee(ada), aws.id(), LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1), null);
        org.holdCertificates.record(employee(ada), cka.id(), LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1), null);
        org.holdCertificates.record(employee(otto), cka.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), null);

        var team = org.holdCertificates.ofTeam(manager(maya), payments.id());

        assertThat(team).containsOnlyKeys(ada.id());
        assertThat(team.get(ada.id()))
                .extracting(held -> held.certification().name(), HeldCertificate::status)
                .containsExactly(
                        tuple("Certified Kubernetes Administrator", CertificateStatus.EXPIRED),
                        tuple("AWS Solutions Architect", CertificateStatus.VALID));
        assertThatThrownBy(() -> org.holdCertificates.ofTeam(manager(maya), search.id()))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void theTeamMatrixFlagsMembersWhoseLatestCertificateIsExpiringOrExpiredNotOneRenewed() {
        var today = LocalDate.now(org.clock);
        org.holdCertificates.record(employee(ada), cka.id(), today.minusYears(3), today.minusDays(1), null);
        org.holdCertificates.record(employee(ada), aws.id(), today.minusYears(2), today.plusDays(10), null);
        org.holdCertificates.record(employee(ben), cka.id(), today.minusYears(3), today.minusDays(1), null);
        org.holdCertificates.record(employee(ben), cka.id(), today.minusDays(2), today.plusYears(3), null);

        var flagged = org.holdCertificates.toRenew(manager(maya), payments.id());

        assertThat(flagged).containsOnlyKeys(ada.id());
        assertThat(flagged.get(ada.id()))
                .extracting(held -> held.certification().name(), HeldCertificate::status)
                .containsExactly(
                        tuple("Certified Kubernetes Administrator", CertificateStatus.EXPIRED),
                        tuple("AWS Solutions Architect", CertificateStatus.EXPIRING));
    }

    @Test
    void theStatusMovesWithTheDays() {
        org.holdCertificates.record(employee(ada), cka.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), null);
        assertThat(org.holdCertificates.of(employee(ada), ada.id()).getFirst().status())
                .isEqualTo(CertificateStatus.VALID);

        org.clock.advance(Duration.ofDays(120));

        assertThat(org.holdCertificates.of(employee(ada), ada.id()).getFirst().status())
                .isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void refusesWhatIsNotACertificateOfTheirOwn() {
        assertThatThrownBy(() -> org.holdCertificates.record(
                        employee(ada),
                        CertificationId.random(),
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2026, 1, 1),
                        null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("certification"));
        assertThatThrownBy(() -> org.holdCertificates.record(
                        employee(ada), cka.id(), LocalDate.of(2025, 3, 4), LocalDate.of(2026, 1, 1), null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("issued"));
        assertThatThrownBy(() -> org.holdCertificates.record(
                        employee(ada), cka.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), "ftp://x.org"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("evidence"));
        assertThatThrownBy(() -> org.holdCertificates.record(
                        TestOrganisation.actor(ada),
                        cka.id(),
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2026, 1, 1),
                        null))
                .isInstanceOf(AccessDenied.class);
        assertThat(org.certificates.of(List.of(ada.id()))).isEmpty();
    }

    @Test
    void onlyTheHoldersManagerVerifiesAndOnlyOnce() {
        var held = org.holdCertificates.record(
                employee(ada), cka.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), null);
        var id = held.certificate().id();

        assertThatThrownBy(() -> org.holdCertificates.verify(employee(ada), id)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> org.holdCertificates.verify(hr(hannah), id)).isInstanceOf(AccessDenied.class);

        var verified = org.holdCertificates.verify(manager(maya), id);

        assertThat(verified.certificate().verifiedBy()).isEqualTo(maya.id());
        assertThat(verified.certificate().verifiedAt()).isEqualTo(org.clock.instant());
        assertThat(org.auditLog.newest(1))
                .extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(tuple("certificate.verified", "Certified Kubernetes Administrator"));
        assertThat(org.holdCertificates.verify(manager(maya), id)).isEqualTo(verified);
        assertThat(org.auditLog.entries())
                .filteredOn(entry -> entry.action().equals("certificate.verified"))
                .hasSize(1);
    }

    @Test
    void theSameCertificateRecordedAgainIsLeftAsStoredAndWritesNoAuditEntry() {
        var first = org.holdCertificates.record(
                employee(ada), cka.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), "https://example.com/a");

        var again = org.holdCertificates.record(
                employee(ada), cka.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), "https://example.com/a");
        var renewed = org.holdCertificates.record(
                employee(ada), cka.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1), "https://example.com/a");

        assertThat(again).isEqualTo(first);
        assertThat(renewed.certificate().id()).isNotEqualTo(first.certificate().id());
        assertThat(org.holdCertificates.of(employee(ada), ada.id())).hasSize(2);
        assertThat(org.auditLog.entries())
                .filteredOn(entry -> entry.action().equals("certificate.recorded"))
                .hasSize(2);
    }

    @Test
    void onlyAdminsAddCertificationsAndANameIsTakenOnce() {
        assertThat(org.certificationCatalog.list(employee(ada)))
                .extracting(Certification::name)
                .containsExactly("AWS Solutions Architect", "Certified Kubernetes Administrator");
        assertThatThrownBy(() -> org.certificationCatalog.add(manager(maya), "CKAD", null))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> org.certificationCatalog.add(admin(hannah), "aws solutions architect", null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
}
