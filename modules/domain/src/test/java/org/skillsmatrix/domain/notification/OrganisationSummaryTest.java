package org.skillsmatrix.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;

/**
 * HR's organisation summary: off unless turned on, then once per week or month to each active recipient, naming the
 * organisation's figures as Organisation gaps counts them.
 */
class OrganisationSummaryTest {

    final TestOrganisation org = new TestOrganisation();
    final Skill kafka = org.skill("Kafka");
    final Skill rust = org.skill("Rust");
    final Skill cobol = org.skill("COBOL");
    final Person ada = org.person("Ada Lovelace");
    final Person ben = org.person("Ben Brown");
    final Person maya = org.person("Maya Schmidt");
    final Person hannah = org.person("Hannah Ruiz");
    final Person gus = org.inactivePerson("Gus Gone");

    OrganisationSummaryTest() {
        var payments = org.team("Payments", List.of(ada, ben), List.of(maya));
        // Kafka: both hold it, the target of two is met; Rust: Ada alone, the target of two is missed; COBOL: nobody
        org.target(payments, kafka, Level.HOLDS_SKILL, 2);
        org.target(payments, rust, Level.HOLDS_SKILL, 2);
        org.managerRated(maya, ada, kafka, Level.PROFICIENT);
        org.managerRated(maya, ben, kafka, Level.EXPERT);
        org.managerRated(maya, ada, rust, Level.EXPERT);
        // a self-rating that will have waited longer than the week the managers' digest allows
        org.selfRated(ben, cobol, Level.AWARENESS);
        var today = LocalDate.now(org.clock);
        var cka = org.certification("CKA");
        org.certificationTarget(payments, cka, 1);
        org.certificate(ada, cka, today.minusYears(2), today.plusDays(20));
        org.certificate(ben, org.certification("AWS SAA"), today.minusYears(3), today.minusDays(5));
        org.clock.advance(Duration.ofDays(8));
    }

    @Test
    void offByDefaultNobodyGetsASummary() {
        org.sendReminders.runScheduled();

        assertThat(org.readNotifications.list(hr(hannah))).isEmpty();
        assertThat(new ReminderSelection(ReminderRules.defaults())
                        .organisationSummary(LocalDate.now(org.clock), figures(), List.of(hannah)))
                .isEmpty();
    }

    @Test
    void eachActiveRecipientGetsOneSummaryAMonthNamingTheOrganisationsFiguresAndOpeningOrganisationGaps() {
        var reminders = org.sendRemindersWith(rules(SummaryPeriod.MONTHLY, hannah, gus, hannah));

        reminders.runScheduled();
        reminders.runScheduled();
        org.clock.advance(Duration.ofDays(10));
        reminders.runScheduled();

        var summaries = summaries(hannah);
        assertThat(summaries).hasSize(1);
        var summary = summaries.getFirst();
        assertThat(summary.key().period()).isEqualTo("2025-03");
        assertThat(summary.link()).isEqualTo("organisation-gaps");
        assertThat(summary.date()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(summary.items())
                .containsExactly(
                        "targets-met=1/2",
                        "certification-targets-met=1/1",
                        "single-holder-skills=1",
                        "unheld-skills=1",
                        "self-ratings-waiting=1",
                        "stale-ratings=0",
                        "certificates-expiring=1",
                        "certificates-expired=1");
        assertThat(summaries(gus)).as("who left gets none").isEmpty();
        assertThat(org.mailer.sent())
                .filteredOn(sent -> sent.notification().kind() == NotificationKind.ORGANISATION_SUMMARY)
                .extracting(sent -> sent.recipient().name())
                .containsExactly("Hannah Ruiz");

        org.clock.advance(Duration.ofDays(21));
        reminders.runScheduled();

        assertThat(summaries(hannah))
                .extracting(notification -> notification.key().period())
                .containsExactly("2025-04", "2025-03");
    }

    @Test
    void weeklyTheSummaryGoesOutOncePerIsoWeek() {
        var selection = new ReminderSelection(new ReminderRules(
                14,
                Duration.ofDays(7),
                new OrganisationSummaryRules(true, SummaryPeriod.WEEKLY, List.of(hannah.email()))));
        var wednesday = LocalDate.of(2026, 3, 4);

        assertThat(List.of(wednesday, wednesday.plusDays(4), wednesday.plusDays(5)))
                .extracting(day -> selection
                        .organisationSummary(day, figures(), List.of(hannah))
                        .getFirst()
                        .key())
                .extracting(ReminderKey::recipient, ReminderKey::kind, ReminderKey::period)
                .containsExactly(
                        tuple(hannah.id(), NotificationKind.ORGANISATION_SUMMARY, "2026-W10"),
                        tuple(hannah.id(), NotificationKind.ORGANISATION_SUMMARY, "2026-W10"),
                        tuple(hannah.id(), NotificationKind.ORGANISATION_SUMMARY, "2026-W11"));
    }

    @Test
    void aRecipientNotStoredGetsNothingAndTheOthersStillGetTheirs() {
        var reminders = org.sendRemindersWith(new ReminderRules(
                14,
                Duration.ofDays(7),
                new OrganisationSummaryRules(
                        true, SummaryPeriod.MONTHLY, List.of("nobody@example.com", " Maya.Schmidt@Example.com "))));

        reminders.runNow(admin(hannah));

        assertThat(summaries(maya)).hasSize(1);
        assertThat(Stream.of(ada, ben, hannah, gus).flatMap(person -> summaries(person).stream()))
                .as("nobody else: the unknown e-mail stands for no one")
                .isEmpty();
    }

    @Test
    void turnedOnWithoutRecipientsIsRefused() {
        assertThatThrownBy(() -> new OrganisationSummaryRules(true, SummaryPeriod.MONTHLY, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no recipient");
    }

    @Test
    void aFigureReadsBackFromItsItemAndNothingElseReadsAsOne() {
        assertThat(SummaryFigure.parse("targets-met=37/45"))
                .isEqualTo(new SummaryFigure("targets-met", List.of(37, 45)));
        assertThat(figures().items())
                .extracting(item -> SummaryFigure.parse(item).item())
                .isEqualTo(figures().items());
        assertThatThrownBy(() -> SummaryFigure.parse("Payments: Kafka")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Notification> summaries(Person person) {
        return org.notifications.of(person.id(), 100).stream()
                .filter(notification -> notification.kind() == NotificationKind.ORGANISATION_SUMMARY)
                .toList();
    }

    private static ReminderRules rules(SummaryPeriod period, Person... recipients) {
        return new ReminderRules(
                ReminderRules.DEFAULT_GOAL_DUE_WITHIN,
                ReminderRules.DEFAULT_VALIDATION_WAIT,
                new OrganisationSummaryRules(
                        true,
                        period,
                        List.of(recipients).stream().map(Person::email).toList()));
    }

    private static OrganisationFigures figures() {
        return new OrganisationFigures(37, 45, 2, 3, 4, 5, 6, 7, 8, 9);
    }
}
