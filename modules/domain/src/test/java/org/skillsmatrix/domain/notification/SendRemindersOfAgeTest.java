package org.skillsmatrix.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

/**
 * Reminders of what ages: ratings gone stale, certificates expiring, and targets that stop being met. Ada and Ben of
 * Payments were rated Proficient in Kafka by Maya 400 days ago, which meets the team's target of two; Ada's CKA
 * expires in 20 days.
 */
class SendRemindersOfAgeTest {

    final TestOrganisation org = new TestOrganisation();
    final Skill kafka = org.skill("Kafka");
    final Person ada = org.person("Ada Lovelace");
    final Person ben = org.person("Ben Brown");
    final Person maya = org.person("Maya Schmidt");
    final Team payments = org.team("Payments", List.of(ada, ben), List.of(maya));
    final Certification cka = org.certifications.add(new Certification(CertificationId.random(), "CKA", null, 0));

    SendRemindersOfAgeTest() {
        org.target(payments, kafka, Level.PROFICIENT, 2);
        org.managerRated(maya, ada, kafka, Level.PROFICIENT);
        org.managerRated(maya, ben, kafka, Level.PROFICIENT);
        org.clock.advance(Duration.ofDays(400));
        var today = LocalDate.now(org.clock);
        org.holdCertificates.record(employee(ada), cka.id(), today.minusYears(3), today.plusDays(20), null);
    }

    @Test
    void staleRatingsAndAnExpiringCertificateAreRemindedOnceEachAndTheManagerGetsADigest() {
        var first = org.sendReminders.runScheduled();
        var second = org.sendReminders.runScheduled();

        assertThat(first.stored()).isEqualTo(4);
        assertThat(second.stored()).isZero();
        assertThat(org.mailer.sent())
                .extracting(
                        sent -> sent.recipient().name(),
                        sent -> sent.notification().kind(),
                        sent -> sent.notification().items())
                .containsExactlyInAnyOrder(
                        tuple("Ada Lovelace", NotificationKind.RATINGS_STALE, List.of("Kafka")),
                        tuple("Ben Brown", NotificationKind.RATINGS_STALE, List.of("Kafka")),
                        tuple("Ada Lovelace", NotificationKind.CERTIFICATE_EXPIRING, List.of("CKA")),
                        tuple(
                                "Maya Schmidt",
                                NotificationKind.CERTIFICATES_EXPIRING,
                                List.of("Ada Lovelace: CKA, "
                                        + LocalDate.now(org.clock).plusDays(20))));
    }

    @Test
    void aRatingItsManagerConfirmedIsNoLongerStale() {
        org.confirmRatings.confirmMember(TestOrganisation.manager(maya), ben.id(), kafka.id());

        org.sendReminders.runScheduled();

        assertThat(org.readNotifications.list(employee(ben))).isEmpty();
    }

    @Test
    void aTargetThatStopsBeingMetRemindsItsManagerOnceAndNotWhenFirstSeenUnmet() {
        org.sendReminders.runScheduled();
        org.managerRated(maya, ben, kafka, Level.AWARENESS);

        var unmet = org.sendReminders.runScheduled();
        var again = org.sendReminders.runScheduled();

        assertThat(unmet.stored()).isEqualTo(1);
        assertThat(again.stored()).isZero();
        assertThat(org.readNotifications.list(TestOrganisation.manager(maya)))
                .filteredOn(notification -> notification.kind() == NotificationKind.TARGET_UNMET)
                .singleElement()
                .satisfies(notification -> {
                    assertThat(notification.items()).containsExactly("Payments: Kafka");
                    assertThat(notification.link()).isEqualTo("gaps/" + payments.id());
                });

        var fresh = new TestOrganisation();
        var lee = fresh.person("Lee Park");
        var omar = fresh.person("Omar Okafor");
        var mobile = fresh.team("Mobile", List.of(lee), List.of(omar));
        fresh.target(mobile, fresh.skill("Go"), Level.PROFICIENT, 1);
        fresh.sendReminders.runScheduled();
        assertThat(fresh.readNotifications.list(TestOrganisation.manager(omar)))
                .as("a target never seen met")
                .isEmpty();
    }
}
