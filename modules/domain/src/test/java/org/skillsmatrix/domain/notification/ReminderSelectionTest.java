package org.skillsmatrix.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.CertificateStatus;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.HeldCertificate;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;

class ReminderSelectionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    final Person ada = person("Ada Lovelace", true);
    final Person ben = person("Ben Brown", true);
    final Person gone = person("Gus Gone", false);
    final Person maya = person("Maya Schmidt", true);
    final Person omar = person("Omar Okafor", true);
    final SkillId kafka = SkillId.random();
    final SkillId rust = SkillId.random();
    final Map<PersonId, Person> people =
            Stream.of(ada, ben, gone, maya, omar).collect(Collectors.toMap(Person::id, Function.identity()));
    final Map<SkillId, String> skills = Map.of(kafka, "Kafka", rust, "Rust");

    final ReminderSelection selection = new ReminderSelection(new ReminderRules(14, Duration.ofDays(7)));

    @Test
    void aLearnerIsRemindedOfEachOpenGoalDueWithinTheWindowOrOverdueOncePerDueDate() {
        var overdue = goal(ada, kafka, TODAY.minusDays(3), GoalStatus.OPEN);
        var dueToday = goal(ada, rust, TODAY, GoalStatus.OPEN);
        var lastDayOfWindow = goal(ben, kafka, TODAY.plusDays(14), GoalStatus.OPEN);
        var tooFar = goal(ben, rust, TODAY.plusDays(15), GoalStatus.OPEN);
        var done = goal(ben, rust, TODAY, GoalStatus.DONE);
        var ofSomeoneWhoLeft = goal(gone, kafka, TODAY, GoalStatus.OPEN);

        var reminders = selection.goalsDue(
                TODAY, List.of(tooFar, lastDayOfWindow, dueToday, overdue, done, ofSomeoneWhoLeft), people, skills);

        assertThat(reminders)
                .extracting(
                        reminder -> reminder.key().recipient(),
                        reminder -> reminder.key().subject(),
                        reminder -> reminder.key().period(),
                        Reminder::items,
                        Reminder::date,
                        Reminder::link)
                .containsExactly(
                        tuple(ada.id(), overdue.id().toString(), "2026-03-01", List.of("Kafka"), overdue.due(), ""),
                        tuple(ada.id(), dueToday.id().toString(), "2026-03-04", List.of("Rust"), TODAY, ""),
                        tuple(
                                ben.id(),
                                lastDayOfWindow.id().toString(),
                                "2026-03-18",
                                List.of("Kafka"),
                                lastDayOfWindow.due(),
                                ""));
        assertThat(reminders)
                .allSatisfy(reminder -> assertThat(reminder.key().kind()).isEqualTo(NotificationKind.GOAL_DUE));
    }

    @Test
    void theSameDaysInputsGiveTheSameKeysSoASecondRunStoresNothingNew() {
        var goals = List.of(goal(ada, kafka, TODAY, GoalStatus.OPEN));
        var waiting = List.of(new WaitingSelfRating(ada.id(), kafka, LONG_AGO));
        var teams = List.of(team(List.of(ada), List.of(maya)));

        assertThat(selection.goalsDue(TODAY, goals, people, skills))
                .extracting(Reminder::key)
                .isEqualTo(selection.goalsDue(TODAY, goals, people, skills).stream()
                        .map(Reminder::key)
                        .toList());
        assertThat(selection.validationsWaiting(TODAY, waiting, teams, people, skills))
                .extracting(Reminder::key)
                .containsExactly(new ReminderKey(maya.id(), NotificationKind.VALIDATIONS_WAITING, "", "2026-W10"));
        assertThat(selection.validationsWaiting(TODAY.plusDays(4), waiting, teams, people, skills))
                .extracting(reminder -> reminder.key().period())
                .containsExactly("2026-W10");
        assertThat(selection.validationsWaiting(TODAY.plusDays(5), waiting, teams, people, skills))
                .extracting(reminder -> reminder.key().period())
                .containsExactly("2026-W11");
    }

    @Test
    void eachManagerGetsOneDigestOfAllTheirMembersWaitingSelfRatingsAcrossTheirTeams() {
        var payments = team(List.of(ada, ben, maya), List.of(maya));
        var mobile = team(List.of(ben, omar, gone), List.of(maya, omar));
        var waiting = List.of(
                new WaitingSelfRating(ada.id(), kafka, LONG_AGO),
                new WaitingSelfRating(ada.id(), rust, LONG_AGO),
                new WaitingSelfRating(ben.id(), kafka, LONG_AGO),
                new WaitingSelfRating(maya.id(), rust, LONG_AGO),
                new WaitingSelfRating(omar.id(), rust, LONG_AGO),
                new WaitingSelfRating(gone.id(), kafka, LONG_AGO));

        var reminders = selection.validationsWaiting(TODAY, waiting, List.of(payments, mobile), people, skills);

        assertThat(reminders)
                .extracting(reminder -> reminder.key().recipient(), Reminder::items, Reminder::link)
                .containsExactlyInAnyOrder(
                        tuple(
                                maya.id(),
                                List.of(
                                        "Ada Lovelace: Kafka",
                                        "Ada Lovelace: Rust",
                                        "Ben Brown: Kafka",
                                        "Omar Okafor: Rust"),
                                "matrix"),
                        tuple(omar.id(), List.of("Ben Brown: Kafka"), "matrix"));
    }

    @Test
    void aManagerWithNothingWaitingGetsNoDigest() {
        var teams = List.of(team(List.of(ada), List.of(maya)));

        assertThat(selection.validationsWaiting(TODAY, List.of(), teams, people, skills))
                .isEmpty();
    }

    @Test
    void aManagerWhoLeftGetsNoDigest() {
        var teams = List.of(team(List.of(ada), List.of(gone)));
        var waiting = List.of(new WaitingSelfRating(ada.id(), kafka, LONG_AGO));

        assertThat(selection.validationsWaiting(TODAY, waiting, teams, people, skills))
                .isEmpty();
    }

    @Test
    void weeksAreIsoWeeksAcrossTheTurnOfTheYear() {
        assertThat(ReminderSelection.week(LocalDate.of(2026, 12, 31))).isEqualTo("2026-W53");
        assertThat(ReminderSelection.week(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(ReminderSelection.week(LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
    }

    @Test
    void eachPersonGetsOneReminderAMonthNamingAllTheirStaleSkillsNotOnePerRating() {
        var stale = List.of(
                new StaleRating(ada.id(), rust),
                new StaleRating(ada.id(), kafka),
                new StaleRating(ben.id(), kafka),
                new StaleRating(gone.id(), kafka));

        var reminders = selection.ratingsStale(TODAY, stale, people, skills);

        assertThat(reminders)
                .extracting(Reminder::key, Reminder::items, Reminder::link)
                .containsExactlyInAnyOrder(
                        tuple(
                                new ReminderKey(ada.id(), NotificationKind.RATINGS_STALE, "", "2026-03"),
                                List.of("Kafka", "Rust"),
                                ""),
                        tuple(
                                new ReminderKey(ben.id(), NotificationKind.RATINGS_STALE, "", "2026-03"),
                                List.of("Kafka"),
                                ""));
        assertThat(selection.ratingsStale(TODAY.withDayOfMonth(31), stale, people, skills))
                .extracting(reminder -> reminder.key().period())
                .containsOnly("2026-03");
        assertThat(selection.ratingsStale(TODAY.plusMonths(1), stale, people, skills))
                .extracting(reminder -> reminder.key().period())
                .containsOnly("2026-04");
    }

    @Test
    void aHolderIsToldOnceThatACertificateExpiresSoonAndOnceThatItExpiredNothingWhileItIsValid() {
        var cka = new Certification(CertificationId.random(), "CKA", null, 0);
        var expiring = held(ada, cka, TODAY.plusDays(20), CertificateStatus.EXPIRING);
        var expired = held(ada, cka, TODAY.minusDays(1), CertificateStatus.EXPIRED);
        var valid = held(ben, cka, TODAY.plusDays(200), CertificateStatus.VALID);
        var ofSomeoneWhoLeft = held(gone, cka, TODAY, CertificateStatus.EXPIRING);

        var reminders = selection.certificatesExpiring(List.of(expiring, expired, valid, ofSomeoneWhoLeft), people);

        assertThat(reminders)
                .extracting(Reminder::key, Reminder::items, Reminder::date, Reminder::link)
                .containsExactly(
                        tuple(
                                new ReminderKey(
                                        ada.id(),
                                        NotificationKind.CERTIFICATE_EXPIRED,
                                        expired.certificate().id().toString(),
                                        "2026-03-03"),
                                List.of("CKA"),
                                TODAY.minusDays(1),
                                "profile"),
                        tuple(
                                new ReminderKey(
                                        ada.id(),
                                        NotificationKind.CERTIFICATE_EXPIRING,
                                        expiring.certificate().id().toString(),
                                        "2026-03-24"),
                                List.of("CKA"),
                                TODAY.plusDays(20),
                                "profile"));
    }

    @Test
    void eachManagerGetsAWeeklyDigestOfTheirMembersCertificatesExpiringOrExpired() {
        var cka = new Certification(CertificationId.random(), "CKA", null, 0);
        var cissp = new Certification(CertificationId.random(), "CISSP", null, 0);
        var payments = team(List.of(ada, ben, maya), List.of(maya));
        var certificates = List.of(
                held(ada, cka, TODAY.plusDays(20), CertificateStatus.EXPIRING),
                held(ben, cissp, TODAY.minusDays(3), CertificateStatus.EXPIRED),
                held(ben, cka, TODAY.plusDays(300), CertificateStatus.VALID),
                held(maya, cka, TODAY.plusDays(5), CertificateStatus.EXPIRING));

        var reminders = selection.membersCertificatesExpiring(TODAY, certificates, List.of(payments), people);

        assertThat(reminders)
                .extracting(Reminder::key, Reminder::items, Reminder::link)
                .containsExactly(tuple(
                        new ReminderKey(maya.id(), NotificationKind.CERTIFICATES_EXPIRING, "", "2026-W10"),
                        List.of("Ada Lovelace: CKA, 2026-03-24", "Ben Brown: CISSP, 2026-03-01"),
                        "matrix"));
        assertThat(selection.membersCertificatesExpiring(
                        TODAY, List.of(certificates.get(2)), List.of(payments), people))
                .isEmpty();
    }

    @Test
    void aTargetMetAtThePreviousRunAndUnmetNowRemindsTheTeamsManagersOnceKeyedByTheDayItBecameUnmet() {
        var payments = team(List.of(ada, ben), List.of(maya, gone));
        var met = Map.of(payments, List.of(coverage(kafka, 2, 2), coverage(rust, 1, 0)));
        var unmet = Map.of(payments, List.of(coverage(kafka, 2, 1), coverage(rust, 1, 0)));

        var first = selection.targetsNewlyUnmet(TODAY, met, Map.of(), List.of(), people, skills);
        assertThat(first.reminders())
                .as("nothing known before: rust was never seen met")
                .isEmpty();
        assertThat(first.watches())
                .containsExactlyInAnyOrder(
                        new TargetWatch(payments.id(), kafka, true, null),
                        new TargetWatch(payments.id(), rust, false, null));

        var second = selection.targetsNewlyUnmet(TODAY.plusDays(1), unmet, Map.of(), first.watches(), people, skills);
        var subject = payments.id() + ":" + kafka;
        assertThat(second.reminders())
                .extracting(Reminder::key, Reminder::items, Reminder::link)
                .containsExactly(tuple(
                        new ReminderKey(maya.id(), NotificationKind.TARGET_UNMET, subject, "2026-03-05"),
                        List.of(payments.name() + ": Kafka"),
                        "gaps/" + payments.id()));

        var third = selection.targetsNewlyUnmet(TODAY.plusDays(2), unmet, Map.of(), second.watches(), people, skills);
        assertThat(third.reminders())
                .as("still unmet: the same reminder, stored once")
                .extracting(Reminder::key)
                .isEqualTo(second.reminders().stream().map(Reminder::key).toList());

        var metAgain = selection.targetsNewlyUnmet(TODAY.plusDays(3), met, Map.of(), third.watches(), people, skills);
        assertThat(metAgain.reminders()).isEmpty();
        var unmetAgain =
                selection.targetsNewlyUnmet(TODAY.plusDays(4), unmet, Map.of(), metAgain.watches(), people, skills);
        assertThat(unmetAgain.reminders())
                .extracting(reminder -> reminder.key().period())
                .containsExactly("2026-03-08");
    }

    private static SkillCoverage coverage(SkillId skill, int required, int holders) {
        return new SkillCoverage(skill, Level.PROFICIENT, required, holders, holders == 1 ? PersonId.random() : null);
    }

    private static HeldCertificate held(
            Person holder, Certification certification, LocalDate expires, CertificateStatus status) {
        var certificate = new Certificate(
                CertificateId.random(),
                holder.id(),
                certification.id(),
                expires.minusYears(2),
                expires,
                null,
                LONG_AGO,
                null,
                null,
                0);
        return new HeldCertificate(certificate, certification, status);
    }

    private static Person person(String name, boolean active) {
        var email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
        return new Person(PersonId.random(), name, email, null, active, 0);
    }

    private DevelopmentGoal goal(Person learner, SkillId skill, LocalDate due, GoalStatus status) {
        return new DevelopmentGoal(
                GoalId.random(),
                learner.id(),
                skill,
                Level.PROFICIENT,
                null,
                null,
                due,
                status,
                maya.id(),
                LONG_AGO,
                0);
    }

    private static Team team(List<Person> members, List<Person> managers) {
        return new Team(
                TeamId.random(),
                "Team " + TeamId.random(),
                members.stream().map(Person::id).collect(Collectors.toSet()),
                managers.stream().map(Person::id).collect(Collectors.toSet()),
                0);
    }
}
