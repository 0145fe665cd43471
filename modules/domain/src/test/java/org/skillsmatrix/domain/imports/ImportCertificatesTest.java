package org.skillsmatrix.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.skillsmatrix.domain.imports.ImportPeopleTest.csv;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.imports.ImportResult.Verdict;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.testing.TestOrganisation;

class ImportCertificatesTest {

    private static final String HEADER = "email,certification,issued,expires,evidence\n";

    private final TestOrganisation world = new TestOrganisation();
    private final Actor hr = hr(world.person("Hilda Ruiz"));
    private final Person noah = world.person("Noah Fischer");
    private final Person maya = world.person("Maya Schmidt");
    private final Certification cka = world.certification("Certified Kubernetes Administrator");
    private final Certification aws = world.certification("AWS Solutions Architect");

    @Test
    void recordsEveryCertificateOfAValidFileUnverified() {
        var file = HEADER
                + "noah.fischer@example.com,Certified Kubernetes Administrator,2024-05-01,2027-05-01,"
                + "https://example.com/cka/noah\n"
                + "maya.schmidt@example.com,certified kubernetes administrator,2023-01-10,2025-01-10,\n"
                + "maya.schmidt@example.com," + aws.id() + ",2025-03-03,2028-03-03,\n";

        var result = world.importCertificates.apply(hr, csv(file));

        assertThat(result.applied()).isTrue();
        assertThat(result.summary()).isEqualTo(new CertificateImportSummary(3, 0));
        assertThat(world.certificates.of(List.of(noah.id()))).singleElement().satisfies(certificate -> {
            assertThat(certificate.certification()).isEqualTo(cka.id());
            assertThat(certificate.issued()).isEqualTo(LocalDate.parse("2024-05-01"));
            assertThat(certificate.expires()).isEqualTo(LocalDate.parse("2027-05-01"));
            assertThat(certificate.evidence()).isEqualTo("https://example.com/cka/noah");
            assertThat(certificate.verified()).isFalse();
            assertThat(certificate.recordedAt()).isEqualTo(TestOrganisation.START);
        });
        assertThat(world.certificates.of(List.of(maya.id())))
                .extracting(Certificate::certification, Certificate::expires)
                .containsExactly(
                        tuple(cka.id(), LocalDate.parse("2025-01-10")), tuple(aws.id(), LocalDate.parse("2028-03-03")));
        assertThat(world.auditLog.entries())
                .extracting(AuditEntry::action, AuditEntry::subject)
                .containsExactly(
                        tuple("certificate.recorded", noah.id().toString()),
                        tuple("certificate.recorded", maya.id().toString()),
                        tuple("certificate.recorded", maya.id().toString()),
                        tuple("certificates.imported", "certificates"));
        assertThat(world.auditLog.entries().getLast().detail())
                .isEqualTo("3 certificates added, 0 present already, from a file of 3 rows");
    }

    @Test
    void anUnchangedCertificateImportedAgainWritesNothing() {
        world.certificate(noah, cka, LocalDate.parse("2024-05-01"), LocalDate.parse("2027-05-01"));
        var file = HEADER + "noah.fischer@example.com,Certified Kubernetes Administrator,2024-05-01,2027-05-01,\n"
                + "maya.schmidt@example.com,AWS Solutions Architect,2024-06-01,2027-06-01,\n";
        world.importCertificates.apply(hr, csv(file));
        var audited = world.auditLog.entries().size();

        var again = world.importCertificates.apply(hr, csv(file));

        assertThat(again.summary()).isEqualTo(new CertificateImportSummary(0, 2));
        assertThat(world.certificates.of(List.of(noah.id(), maya.id()))).hasSize(2);
        assertThat(world.auditLog.entries()).hasSize(audited);
    }

    @Test
    void aCertificateWithOtherDatesIsAnother() {
        world.certificate(noah, cka, LocalDate.parse("2021-05-01"), LocalDate.parse("2024-05-01"));

        var renewed = world.importCertificates.apply(
                hr,
                csv(HEADER + "noah.fischer@example.com,Certified Kubernetes Administrator,2024-05-01,2027-05-01,\n"));

        assertThat(renewed.summary()).isEqualTo(new CertificateImportSummary(1, 0));
        assertThat(world.certificates.of(List.of(noah.id()))).hasSize(2);
    }

    @Test
    void everyBadLineIsReportedWithItsLineAndColumnAndNothingIsWritten() {
        world.inactivePerson("Lea Gone");
        var file = HEADER
                + "noah.fischer@example.com,Certified Kubernetes Administrator,2024-05-01,2027-05-01,\n"
                + "nobody@example.com,Certified Kubernetes Administrator,2024-05-01,2027-05-01,\n"
                + "maya.schmidt@example.com,Cobol Wizard,2024-05-01,2027-05-01,\n"
                + "maya.schmidt@example.com,AWS Solutions Architect,01.05.2024,,\n"
                + "maya.schmidt@example.com,AWS Solutions Architect,2025-06-01,2028-06-01,\n"
                + "maya.schmidt@example.com,AWS Solutions Architect,2024-05-01,2024-04-01,\n"
                + "maya.schmidt@example.com,AWS Solutions Architect,2024-05-01,2027-05-01,ftp://example.com/x\n"
                + "lea.gone@example.com,AWS Solutions Architect,2024-05-01,2027-05-01,\n"
                + "noah.fischer@example.com,certified kubernetes administrator,2024-05-01,2027-05-01,\n";

        var result = world.importCertificates.apply(hr, csv(file));

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.applied()).isFalse();
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::field)
                .containsExactly(
                        tuple(3L, 1, "email"),
                        tuple(4L, 2, "certification"),
                        tuple(5L, 3, "issued"),
                        tuple(5L, 4, "expires"),
                        tuple(6L, 3, "issued"),
                        tuple(7L, 4, "expires"),
                        tuple(8L, 5, "evidence"),
                        tuple(9L, 1, "email"),
                        tuple(10L, 0, null));
        assertThat(result.problems())
                .extracting(ImportProblem::message)
                .containsExactly(
                        "Nobody has the e-mail nobody@example.com; import the person first",
                        "There is no certification ‘Cobol Wizard’ in the catalog; an admin adds it",
                        "The issue date must be an ISO date, e.g. 2026-01-12, not ‘01.05.2024’",
                        "The expiry date is missing, e.g. 2026-01-12",
                        "The issue date 2025-06-01 is in the future",
                        "The expiry date must be after the issue date",
                        "The evidence link must be a web address starting with http:// or https://",
                        "Lea Gone has left the organisation and records no certificates",
                        "This is the same certificate as line 2: the same person, certification, dates and evidence");
        assertThat(world.certificates.of(List.of(noah.id(), maya.id()))).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void aDryRunSaysWhatItWouldDoAndWritesNothing() {
        var result = world.importCertificates.check(
                hr, csv(HEADER + "noah.fischer@example.com,AWS Solutions Architect,2024-05-01,2027-05-01,\n"));

        assertThat(result.valid()).isTrue();
        assertThat(result.applied()).isFalse();
        assertThat(result.summary()).isEqualTo(new CertificateImportSummary(1, 0));
        assertThat(world.certificates.of(List.of(noah.id()))).isEmpty();
    }

    @Test
    void aHeaderWithoutTheExpiryIsRefused() {
        var result = world.importCertificates.check(
                hr, csv("email,certification,issued\nnoah.fischer@example.com,AWS Solutions Architect,2024-05-01\n"));

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).startsWith("The header lacks the column expires");
        });
    }

    @Test
    void onlyHrImportsCertificates() {
        assertDenied(() -> world.importCertificates.check(manager(maya), csv(HEADER)));
        assertDenied(() -> world.importCertificates.apply(admin(world.person("Adam Admin")), csv(HEADER)));
        assertThat(world.importCertificates.check(hr, csv(HEADER)).valid()).isTrue();
    }
}
