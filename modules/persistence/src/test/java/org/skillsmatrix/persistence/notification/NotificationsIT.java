package org.skillsmatrix.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationKind;
import org.skillsmatrix.domain.notification.Notifications;
import org.skillsmatrix.domain.notification.ReminderKey;
import org.skillsmatrix.domain.notification.ReminderLock;
import org.skillsmatrix.domain.notification.ReminderSources;
import org.skillsmatrix.domain.notification.TargetWatch;
import org.skillsmatrix.domain.notification.TargetWatches;
import org.skillsmatrix.domain.notification.WaitingSelfRating;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.NotificationsContract;
import org.skillsmatrix.domain.testing.ReminderSourcesContract;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

class NotificationsIT extends PersistenceIT {

    @Autowired
    Notifications notifications;

    @Autowired
    ReminderSources sources;

    @Autowired
    ReminderLock lock;

    @Autowired
    People people;

    @Autowired
    Assessments assessments;

    @Autowired
    Catalog catalog;

    @Nested
    class KeepsTheContract extends NotificationsContract {

        @Override
        protected Notifications notifications() {
            return notifications;
        }

        @Override
        protected People people() {
            return people;
        }
    }

    @Autowired
    Certifications certifications;

    @Autowired
    Certificates certificates;

    @Autowired
    TargetWatches watches;

    @Nested
    class FindsWhatRemindersAreSelectedFrom extends ReminderSourcesContract {

        @Override
        protected ReminderSources sources() {
            return sources;
        }

        @Override
        protected People people() {
            return people;
        }

        @Override
        protected Assessments assessments() {
            return assessments;
        }

        @Override
        protected Certifications certifications() {
            return certifications;
        }

        @Override
        protected Certificates certificates() {
            return certificates;
        }

        @Override
        protected List<SkillId> twoSkills() {
            return catalog.skills().stream().limit(2).map(Skill::id).toList();
        }
    }

    @Test
    void theTargetWatchesAreReplacedWhole() {
        var payments = TeamId.random();
        var kafka = new SkillId(UUID.randomUUID());
        var rust = new SkillId(UUID.randomUUID());
        var met = new TargetWatch(payments, kafka, true, null);
        var unmet = new TargetWatch(payments, rust, false, LocalDate.of(2026, 3, 4));
        // a certification target watched beside a skill's, even where the two ids were the same
        var certification = TargetWatch.ofCertification(
                payments, new CertificationId(kafka.value()), false, LocalDate.of(2026, 3, 5));

        watches.replaceAll(List.of(met, unmet, certification));
        assertThat(watches.all()).containsExactlyInAnyOrder(met, unmet, certification);

        watches.replaceAll(List.of(unmet));
        assertThat(watches.all()).containsExactly(unmet);
    }

    @Test
    void theSameReminderStoredAtOnceFromManyConnectionsIsStoredOnce() throws Exception {
        var ada = new TestPeople(people).add("Ada Lovelace");
        var key = new ReminderKey(ada.id(), NotificationKind.VALIDATIONS_WAITING, "", "2026-W10");
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(4)) {
            var attempts = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return notifications
                                .addOnce(new Notification(
                                        UUID.randomUUID(),
                                        key,
                                        List.of("Ben: Kafka"),
                                        null,
                                        "matrix",
                                        Instant.now(),
                                        null))
                                .isPresent();
                    }))
                    .toList();
            start.countDown();
            int stored = 0;
            for (var attempt : attempts) {
                stored += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from notification", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void theSchemaRefusesANotificationForSomeoneWhoIsNotAPerson() {
        var insert = """
                insert into notification (id, recipient_id, kind, subject, period, items, link, created_at)
                values (?, ?, 'GOAL_DUE', '', '2026-W10', '{}', '', now())""";

        assertThatThrownBy(() -> jdbc.update(insert, UUID.randomUUID(), UUID.randomUUID()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void selfRatingsWaitAsLongAsNoManagerRatedThemAndTheirPersonIsActive() {
        var testPeople = new TestPeople(people);
        var ada = testPeople.add("Ada Lovelace");
        var ben = testPeople.add("Ben Brown");
        var gone = testPeople.add("Gus Gone", false);
        var maya = testPeople.add("Maya Schmidt");
        var skills = catalog.skills();
        var kafka = skills.get(0).id();
        var rust = skills.get(1).id();
        var longAgo = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MICROS);
        var lately = Instant.now().minus(Duration.ofDays(1));
        assessments.append(Assessment.self(ada.id(), kafka, Level.PROFICIENT, Interest.NEUTRAL, longAgo, null));
        assessments.append(Assessment.self(ada.id(), rust, Level.EXPERT, Interest.NEUTRAL, lately, null));
        assessments.append(Assessment.self(ben.id(), kafka, Level.AWARENESS, Interest.NEUTRAL, longAgo, null));
        assessments.append(Assessment.byManager(ben.id(), kafka, Level.AWARENESS, maya.id(), lately, null));
        assessments.append(Assessment.self(gone.id(), kafka, Level.AWARENESS, Interest.NEUTRAL, longAgo, null));

        assertThat(sources.selfRatingsWaitingSince(Instant.now().minus(Duration.ofDays(7))))
                .containsExactly(new WaitingSelfRating(ada.id(), kafka, longAgo));
    }

    @Test
    void whileOneRunHoldsTheLockAnotherDoesNotRun() throws Exception {
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var first = pool.submit(() -> lock.runAlone(() -> {
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "first";
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(lock.runAlone(() -> "second")).isEmpty();

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).contains("first");
        }
        assertThat(lock.runAlone(() -> "third")).contains("third");
    }
}
