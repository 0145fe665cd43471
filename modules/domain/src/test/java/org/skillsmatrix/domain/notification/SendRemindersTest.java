package org.skillsmatrix.domain.notification;

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
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.RecordingMailer.Sent;
import org.skillsmatrix.domain.testing.TestOrganisation;

class SendRemindersTest {

    final TestOrganisation org = new TestOrganisation();
    final Skill kafka = org.skill("Kafka");
    final Skill rust = org.skill("Rust");
    final Person ada = org.person("Ada Lovelace");
    final Person ben = org.person("Ben Brown");
    final Person maya = org.person("Maya Schmidt");
    final Person adam = org.person("Adam Novak");

    SendRemindersTest() {
        org.team("Payments", List.of(ada, ben), List.of(maya));
        org.setDevelopmentGoals.set(
                manager(maya),
                ada.id(),
                kafka.id(),
                Level.PROFICIENT,
                null,
                LocalDate.now(org.clock).plusDays(10));
        org.setDevelopmentGoals.set(
                manager(maya),
                ben.id(),
                rust.id(),
                Level.PROFICIENT,
                null,
                LocalDate.now(org.clock).plusDays(60));
        org.selfRated(ada, rust, Level.WORKING_KNOWLEDGE);
        org.selfRated(ben, kafka, Level.AWARENESS);
        org.managerRated(maya, ben, rust, Level.AWARENESS);
        org.clock.advance(Duration.ofDays(8));
    }

    @Test
    void storesAndMailsEachDueReminderOnceHoweverOftenItRuns() {
        var first = org.sendReminders.runScheduled();
        var second = org.sendReminders.runScheduled();

        assertThat(first).isEqualTo(new ReminderRun(2, 2, 2, 0));
        assertThat(second).isEqualTo(new ReminderRun(2, 0, 0, 0));
        assertThat(org.mailer.sent())
                .extracting(
                        sent -> sent.recipient().name(),
                        sent -> sent.notification().kind(),
                        sent -> sent.notification().items())
                .containsExactlyInAnyOrder(
                        tuple("Ada Lovelace", NotificationKind.GOAL_DUE, List.of("Kafka")),
                        tuple(
                                "Maya Schmidt",
                                NotificationKind.VALIDATIONS_WAITING,
                                List.of("Ada Lovelace: Rust", "Ben Brown: Kafka")));
        assertThat(org.readNotifications.list(employee(ada)))
                .extracting(Notification::kind)
                .containsExactly(NotificationKind.GOAL_DUE);
        assertThat(org.readNotifications.list(employee(ben))).isEmpty();
    }

    @Test
    void aCertificationTargetThatStopsBeingMetTellsTheTeamsManagerOnceEachTime() {
        var cka = org.certification("CKA");
        var payments = org.teams.memberOf(ada.id()).getFirst();
        var today = LocalDate.now(org.clock);
        org.certificationTargets.add(new CertificationTarget(payments.id(), cka.id(), 2, 0));
        org.certificate(ada, cka, today.minusYears(2), today.plusDays(3));
        org.certificate(ben, cka, today.minusYears(1), today.plusYears(2));
        org.sendReminders.runScheduled();
        assertThat(targetsUnmet()).as("met: only watched").isEmpty();

        // Ada's certificate expires: one holder of two
        org.clock.advance(Duration.ofDays(4));
        org.sendReminders.runScheduled();
        org.sendReminders.runScheduled();
        assertThat(targetsUnmet()).extracting(Notification::items).containsExactly(List.of("Payments: CKA"));
        assertThat(org.mailer.sent())
                .filteredOn(sent -> sent.notification().kind() == NotificationKind.TARGET_UNMET)
                .extracting(sent -> sent.recipient().name())
                .containsExactly("Maya Schmidt");

        // renewed, the target is met again; then Ben leaves
        org.certificate(ada, cka, today.plusDays(4), today.plusYears(3));
        org.sendReminders.runScheduled();
        org.people.update(ben.withActive(false));
        org.clock.advance(Duration.ofDays(1));
        org.sendReminders.runScheduled();
        org.sendReminders.runScheduled();

        assertThat(targetsUnmet()).hasSize(2);
    }

    private List<Notification> targetsUnmet() {
        return org.readNotifications.list(manager(maya)).stream()
                .filter(notification -> notification.kind() == NotificationKind.TARGET_UNMET)
                .toList();
    }

    @Test
    void aSelfRatingYoungerThanTheWaitIsNotInTheDigest() {
        org.selfRated(ben, org.skill("Go"), Level.EXPERT);

        org.sendReminders.runScheduled();

        assertThat(org.readNotifications.list(manager(maya)))
                .singleElement()
                .extracting(Notification::items)
                .isEqualTo(List.of("Ada Lovelace: Rust", "Ben Brown: Kafka"));
    }

    @Test
    void whoTurnedEmailOffOrHasNoMailServerIsNotifiedInTheAppOnly() {
        org.readNotifications.save(employee(ada), false, null);

        org.sendReminders.runScheduled();

        assertThat(org.mailer.sent())
                .extracting(sent -> sent.recipient().name())
                .containsExactly("Maya Schmidt");
        assertThat(org.readNotifications.unread(employee(ada))).isEqualTo(1);

        var noServer = new TestOrganisation();
        noServer.mailer.configured(false);
        var learner = noServer.person("Cleo Chen");
        var manager = noServer.person("Omar Okafor");
        noServer.team("Mobile", List.of(learner), List.of(manager));
        noServer.setDevelopmentGoals.set(
                manager(manager),
                learner.id(),
                noServer.skill("Go").id(),
                Level.PROFICIENT,
                null,
                LocalDate.now(noServer.clock));

        assertThat(noServer.sendReminders.runScheduled()).isEqualTo(new ReminderRun(1, 1, 0, 0));
        assertThat(noServer.mailer.sent()).isEmpty();
        assertThat(noServer.readNotifications.unread(employee(learner))).isEqualTo(1);
    }

    @Test
    void aMailServerThatFailsLosesNoInAppNotificationAndTheNextRunDoesNotMailItLate() {
        org.mailer.failing(true);

        assertThat(org.sendReminders.runScheduled()).isEqualTo(new ReminderRun(2, 2, 0, 2));
        org.mailer.failing(false);
        assertThat(org.sendReminders.runScheduled()).isEqualTo(new ReminderRun(2, 0, 0, 0));

        assertThat(org.mailer.sent()).isEmpty();
        assertThat(org.readNotifications.unread(employee(ada))).isEqualTo(1);
        assertThat(org.readNotifications.unread(manager(maya))).isEqualTo(1);
    }

    @Test
    void whileAnotherRunHoldsTheLockNothingIsSelectedAndTheCallerIsToldToTryAgain() {
        org.reminderLock.held(true);

        assertThatThrownBy(() -> org.sendReminders.runScheduled()).isInstanceOf(Busy.class);
        assertThatThrownBy(() -> org.sendReminders.runNow(admin(adam))).isInstanceOf(Busy.class);
        assertThat(org.mailer.sent()).isEmpty();
    }

    @Test
    void onlyAnAdminRunsTheRemindersOnDemandAndTheRunIsAudited() {
        assertThatThrownBy(() -> org.sendReminders.runNow(hr(ben))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> org.sendReminders.runNow(manager(maya))).isInstanceOf(AccessDenied.class);

        assertThat(org.sendReminders.runNow(admin(adam))).isEqualTo(new ReminderRun(2, 2, 2, 0));
        assertThat(org.auditLog.newest(1))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .containsExactly(tuple(adam.id(), "reminders.run", "2 new of 2 due, 2 mailed"));
    }

    @Test
    void eachPersonReadsAndMarksOnlyTheirOwnNotifications() {
        org.sendReminders.runScheduled();
        var adas = org.readNotifications.list(employee(ada)).getFirst();

        assertThatThrownBy(() -> org.readNotifications.markRead(manager(maya), adas.id()))
                .isInstanceOf(NotFound.class);
        assertThat(org.readNotifications.unread(employee(ada))).isEqualTo(1);

        org.readNotifications.markRead(employee(ada), adas.id());
        assertThat(org.readNotifications.unread(employee(ada))).isZero();
        assertThat(org.readNotifications.list(employee(ada)).getFirst().readAt())
                .isEqualTo(org.clock.instant());
        assertThat(org.readNotifications.markAllRead(manager(maya))).isEqualTo(1);
        assertThat(org.readNotifications.unread(manager(maya))).isZero();
    }

    @Test
    void theLanguageChosenForEmailsTravelsWithTheMail() {
        org.readNotifications.save(employee(ada), true, "de");

        org.sendReminders.runScheduled();

        assertThat(org.mailer.sent())
                .filteredOn(sent -> sent.recipient().equals(ada))
                .extracting(Sent::settings)
                .containsExactly(new NotificationSettings(ada.id(), true, "de"));
    }
}
