package org.skillsmatrix.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.testing.InMemoryClusterLock;
import org.skillsmatrix.domain.testing.InMemoryLeavers;
import org.skillsmatrix.domain.testing.TestOrganisation;

class AnonymiseLeaversTest {

    static final Duration YEAR = Duration.ofDays(365);

    final TestOrganisation org = new TestOrganisation();
    final InMemoryLeavers leavers = org.leavers;
    final InMemoryClusterLock lock = org.retentionLock;
    final Person ada = org.person("Ada Lovelace");
    final Person ben = org.person("Ben Brown");
    final Person adam = org.person("Adam Novak");

    AnonymiseLeaversTest() {
        leavers.deactivated(ada.id(), org.clock.instant());
        org.clock.advance(Duration.ofDays(100));
        leavers.deactivated(ben.id(), org.clock.instant());
    }

    AnonymiseLeavers anonymising(Retention retention) {
        return new AnonymiseLeavers(
                retention, leavers, new AnonymiseLeaver(leavers, org.auditor, org.clock), lock, org.policy, org.clock);
    }

    @Test
    void anonymisesThoseWhoseRetentionIsOverOnceHoweverOftenItRuns() {
        var anonymise = anonymising(new Retention(YEAR));
        org.clock.advance(YEAR.minus(Duration.ofDays(100)));

        var first = anonymise.runScheduled();
        var second = anonymise.runScheduled();

        assertThat(first).isEqualTo(new AnonymisationRun(1, 1));
        assertThat(second).isEqualTo(new AnonymisationRun(0, 0));
        assertThat(leavers.pseudonymOf(ada.id())).contains(Pseudonym.of(ada.id()));
        assertThat(leavers.pseudonymOf(ben.id())).isEmpty();
    }

    @Test
    void recordsOneAuditEntryPerPersonNamingThemByTheirIdAlone() {
        var anonymise = anonymising(new Retention(YEAR));
        org.clock.advance(YEAR);

        anonymise.runScheduled();

        var entries = org.auditLog.entries().stream()
                .filter(entry -> entry.action().equals("person.anonymised"))
                .toList();
        assertThat(entries)
                .extracting(AuditEntry::subject)
                .containsExactly(ada.id().toString(), ben.id().toString());
        assertThat(entries).extracting(AuditEntry::actor).containsOnly(AnonymiseLeaver.APPLICATION.person());
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.detail())
                        .doesNotContain("Ada", "Lovelace", "Ben", "Brown", "@")
                        .contains("kept 365 days"));
    }

    @Test
    void byDefaultItAnonymisesNobody() {
        org.clock.advance(Duration.ofDays(3650));

        assertThat(anonymising(Retention.never()).runScheduled()).isEqualTo(new AnonymisationRun(0, 0));
        assertThat(leavers.notAnonymised()).hasSize(2);
    }

    @Test
    void aPersonActiveAgainBeforeTheirTurnIsLeftAlone() {
        org.clock.advance(YEAR);
        var anonymise = anonymising(new Retention(YEAR));
        leavers.reactivated(ada.id());

        assertThat(anonymise.runScheduled()).isEqualTo(new AnonymisationRun(1, 1));
        assertThat(leavers.pseudonymOf(ada.id())).isEmpty();
    }

    @Test
    void anAdminRunsItOnDemandAndIsTheActorOfItsEntries() {
        org.clock.advance(YEAR);
        var anonymise = anonymising(new Retention(YEAR));

        assertThat(anonymise.mayRun(admin(adam))).isTrue();
        assertThat(anonymise.runNow(admin(adam))).isEqualTo(new AnonymisationRun(2, 2));
        assertThat(org.auditLog.entries())
                .filteredOn(entry -> entry.action().equals("person.anonymised"))
                .extracting(AuditEntry::actor)
                .containsOnly(adam.id());
    }

    @Test
    void onlyAnAdminRunsItOnDemand() {
        org.clock.advance(YEAR);
        var anonymise = anonymising(new Retention(YEAR));

        assertThat(anonymise.mayRun(hr(adam))).isFalse();
        assertThatThrownBy(() -> anonymise.runNow(hr(adam))).isInstanceOf(AccessDenied.class);
        assertThat(leavers.notAnonymised()).hasSize(2);
    }

    @Test
    void aRunWhileAnotherHoldsTheLockIsBusyAndChangesNothing() {
        org.clock.advance(YEAR);
        var anonymise = anonymising(new Retention(YEAR));
        lock.held(true);

        assertThatThrownBy(anonymise::runScheduled).isInstanceOf(Busy.class);
        assertThat(leavers.notAnonymised()).hasSize(2);
    }
}
