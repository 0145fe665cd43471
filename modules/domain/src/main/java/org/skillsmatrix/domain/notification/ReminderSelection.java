package org.skillsmatrix.domain.notification;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;

/**
 * Who is reminded of what on a given day; pure, so that the same day's inputs give the same reminders with the
 * same keys, and a second run stores nothing new. Only active people are reminded, and only of active people.
 */
public final class ReminderSelection {

    /** Where a learner sees their goals: My skills. */
    public static final String MY_SKILLS = "";

    /** Where a manager validates: the team matrix. */
    public static final String TEAM_MATRIX = "matrix";

    private final ReminderRules rules;

    public ReminderSelection(ReminderRules rules) {
        this.rules = rules;
    }

    public ReminderRules rules() {
        return rules;
    }

    /**
     * To each learner, once per open goal and due date: the goal is due within the rules' days, or overdue.
     *
     * @param people everyone the goals name, by id
     */
    public List<Reminder> goalsDue(
            LocalDate today,
            Collection<DevelopmentGoal> openGoals,
            Map<PersonId, Person> people,
            Map<SkillId, String> skillNames) {
        var last = today.plusDays(rules.goalDueWithin());
        return openGoals.stream()
                .filter(DevelopmentGoal::open)
                .filter(goal -> !goal.due().isAfter(last))
                .filter(goal -> active(people, goal.learner()))
                .sorted(Comparator.comparing(DevelopmentGoal::due))
                .map(goal -> new Reminder(
                        new ReminderKey(
                                goal.learner(),
                                NotificationKind.GOAL_DUE,
                                goal.id().toString(),
                                goal.due().toString()),
                        List.of(skillNames.getOrDefault(
                                goal.skill(), goal.skill().toString())),
                        goal.due(),
                        MY_SKILLS))
                .toList();
    }

    /**
     * To each manager, one digest a week (ISO week) of their members' self-ratings waiting for validation; none
     * for a manager with nothing waiting. A manager's own self-ratings are not theirs to validate.
     *
     * @param waiting self-ratings already known to have waited longer than the rules allow
     */
    public List<Reminder> validationsWaiting(
            LocalDate today,
            Collection<WaitingSelfRating> waiting,
            Collection<Team> teams,
            Map<PersonId, Person> people,
            Map<SkillId, String> skillNames) {
        var byManager = new TreeMap<PersonId, Set<String>>(Comparator.comparing(PersonId::toString));
        for (var team : teams) {
            for (var rating : waiting) {
                var member = people.get(rating.person());
                if (!team.members().contains(rating.person()) || member == null || !member.active()) {
                    continue;
                }
                for (var manager : team.managers()) {
                    if (!manager.equals(rating.person()) && active(people, manager)) {
                        byManager
                                .computeIfAbsent(manager, ignored -> new TreeSet<>())
                                .add(member.name() + ": "
                                        + skillNames.getOrDefault(
                                                rating.skill(), rating.skill().toString()));
                    }
                }
            }
        }
        var week = week(today);
        var reminders = new ArrayList<Reminder>();
        byManager.forEach((manager, items) -> reminders.add(new Reminder(
                new ReminderKey(manager, NotificationKind.VALIDATIONS_WAITING, "", week),
                List.copyOf(items),
                null,
                TEAM_MATRIX)));
        return List.copyOf(reminders);
    }

    /** The ISO week of the day, such as 2026-W49: the period of a weekly digest. */
    static String week(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static boolean active(Map<PersonId, Person> people, PersonId person) {
        var found = people.get(person);
        return found != null && found.active();
    }
}
