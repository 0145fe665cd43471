package org.skillsmatrix.domain.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

/**
 * A team target of "N holders of a valid certificate", on a small team counted by hand. The organisation's day is
 * 2025-03-03.
 */
class CertificationTargetsTest {

    final TestOrganisation org = new TestOrganisation();
    final LocalDate today = LocalDate.of(2025, 3, 3);
    final Person ann = org.person("Ann Smith");
    final Person ben = org.person("Ben Brown");
    final Person cleo = org.person("Cleo Clark");
    final Person gina = org.inactivePerson("Gina Gone");
    final Person otto = org.person("Otto Other");
    final Person mona = org.person("Mona Manager");
    final Person hannah = org.person("Hannah Ruiz");
    final Team payments = org.team("Payments", List.of(ann, ben, cleo, gina), List.of(mona));
    final Team search = org.team("Search", List.of(otto), List.of());
    final Certification cka = org.certificationCatalog.add(admin(hannah), "CKA", null);
    final Certification aws = org.certificationCatalog.add(admin(hannah), "AWS Solutions Architect", null);

    /**
     * CKA, 2 wanted: Ann (an expired one renewed by a valid one) and Ben (expiring in 10 days, still valid) hold it:
     * met. AWS, 1 wanted: Cleo's expired yesterday, Gina has left, Otto is in another team: 0 holders, 1 lapsed.
     */
    @Test
    void aTargetIsMetByMembersHoldingAValidCertificateAndBrokenByAnExpiredOne() {
        certificate(ann, cka, today.minusYears(4), today.minusYears(1));
        certificate(ann, cka, today.minusYears(1), today.plusYears(2));
        certificate(ben, cka, today.minusYears(3), today.plusDays(10));
        certificate(cleo, aws, today.minusYears(3), today.minusDays(1));
        certificate(gina, aws, today.minusYears(1), today.plusYears(2));
        certificate(otto, aws, today.minusYears(1), today.plusYears(2));
        org.setCertificationTarget.add(manager(mona), new CertificationTarget(payments.id(), cka.id(), 2, 0));
        org.setCertificationTarget.add(manager(mona), new CertificationTarget(payments.id(), aws.id(), 1, 0));

        var gaps = org.analyseTeamGaps.analyse(manager(mona), payments.id());

        assertThat(gaps.certifications())
                .extracting(
                        coverage -> coverage.certification().name(),
                        CertificationCoverage::required,
                        CertificationCoverage::holders,
                        CertificationCoverage::lapsed,
                        CertificationCoverage::shortfall,
                        CertificationCoverage::met)
                .containsExactly(tuple("AWS Solutions Architect", 1, 0, 1, 1, false), tuple("CKA", 2, 2, 0, 0, true));
    }

    @Test
    void aTargetMetBreaksOnTheDayAfterAHoldersCertificateExpires() {
        certificate(ann, cka, today.minusYears(1), today.plusYears(2));
        certificate(ben, cka, today.minusYears(3), today.plusDays(10));
        org.setCertificationTarget.add(manager(mona), new CertificationTarget(payments.id(), cka.id(), 2, 0));

        org.clock.advance(Duration.ofDays(10));
        assertThat(org.analyseTeamGaps
                        .analyse(manager(mona), payments.id())
                        .certifications()
                        .getFirst()
                        .met())
                .as("valid through its expiry date")
                .isTrue();

        org.clock.advance(Duration.ofDays(1));
        var coverage = org.analyseTeamGaps
                .analyse(manager(mona), payments.id())
                .certifications()
                .getFirst();
        assertThat(coverage.met()).isFalse();
        assertThat(coverage.holders()).isEqualTo(1);
        assertThat(coverage.lapsed()).isEqualTo(1);
    }

    @Test
    void theTeamsManagerAddsChangesAndRemovesATargetEachAuditedAsATargetOfTheTeam() {
        var added =
                org.setCertificationTarget.add(manager(mona), new CertificationTarget(payments.id(), cka.id(), 2, 0));
        var changed = org.setCertificationTarget.change(
                manager(mona), new CertificationTarget(payments.id(), cka.id(), 3, added.version()));
        var unchanged = org.setCertificationTarget.change(manager(mona), changed);

        assertThat(unchanged).isEqualTo(changed);
        assertThat(org.setCertificationTarget.targetsOf(hr(hannah), payments.id()))
                .containsExactly(changed);

        org.setCertificationTarget.remove(manager(mona), payments.id(), cka.id(), changed.version());

        assertThat(org.setCertificationTarget.targetsOf(manager(mona), payments.id()))
                .isEmpty();
        assertThat(org.auditLog.newest(3))
                .extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::detail)
                .containsExactly(
                        tuple("target.removed", payments.id().toString(), "CKA"),
                        tuple("target.changed", payments.id().toString(), "CKA: 3 holders of a valid certificate"),
                        tuple("target.added", payments.id().toString(), "CKA: 2 holders of a valid certificate"));
    }

    @Test
    void onlyTheTeamsManagersSetTargetsOfCertificationsInTheCatalog() {
        assertDenied(() ->
                org.setCertificationTarget.add(employee(ann), new CertificationTarget(payments.id(), cka.id(), 1, 0)));
        assertDenied(() ->
                org.setCertificationTarget.add(manager(mona), new CertificationTarget(search.id(), cka.id(), 1, 0)));
        assertThatThrownBy(() -> org.setCertificationTarget.add(
                        manager(mona), new CertificationTarget(payments.id(), CertificationId.random(), 1, 0)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("certification"));
        assertThatThrownBy(() -> new CertificationTarget(payments.id(), cka.id(), 0, 0))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("holders"));
        assertThat(org.setCertificationTarget.targetsOf(manager(mona), payments.id()))
                .isEmpty();
        assertThat(org.auditLog.newest(10)).extracting(AuditEntry::action).containsOnly("certification.added");
    }

    private void certificate(Person person, Certification certification, LocalDate issued, LocalDate expires) {
        org.certificate(person, certification, issued, expires);
    }
}
