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
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
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
