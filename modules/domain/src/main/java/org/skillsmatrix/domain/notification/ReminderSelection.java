package org.skillsmatrix.domain.notification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.certification.CertificateStatus;
import org.skillsmatrix.domain.certification.CertificationCoverage;
import org.skillsmatrix.domain.certification.HeldCertificate;
import org.skillsmatrix.domain.gap.SkillCoverage;
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

    /** Where a holder sees their certificates: their own profile. */
    public static final String OWN_PROFILE = "profile";

    /** A team's gaps, followed by the team's id. */
    public static final String TEAM_GAPS = "gaps/";

    /** Where HR reads the organisation's gaps. */
    public static final String ORGANISATION_GAPS = "organisation-gaps";

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

    /**
     * To each person, one reminder a month (while any remain) naming all their ratings gone stale, the skills by
     * name; a rating confirmed or re-rated drops out of the next month's.
     */
    public List<Reminder> ratingsStale(
            LocalDate today,
            Collection<StaleRating> stale,
            Map<PersonId, Person> people,
            Map<SkillId, String> skillNames) {
        var byPerson = new TreeMap<PersonId, Set<String>>(Comparator.comparing(PersonId::toString));
        for (var rating : stale) {
            if (active(people, rating.person())) {
                byPerson.computeIfAbsent(rating.person(), ignored -> new TreeSet<>())
                        .add(skillNames.getOrDefault(
                                rating.skill(), rating.skill().toString()));
            }
        }
        var month = YearMonth.from(today).toString();
        var reminders = new ArrayList<Reminder>();
        byPerson.forEach((person, skills) -> reminders.add(new Reminder(
                new ReminderKey(person, NotificationKind.RATINGS_STALE, "", month),
                List.copyOf(skills),
                null,
                MY_SKILLS)));
        return List.copyOf(reminders);
    }

    /**
     * To each holder, once per certificate: that it expires within the window, and once more that it has expired.
     * Certificates that are valid beyond the window are left out.
     */
    public List<Reminder> certificatesExpiring(Collection<HeldCertificate> certificates, Map<PersonId, Person> people) {
        return certificates.stream()
                .filter(held -> held.status() != CertificateStatus.VALID)
                .filter(held -> active(people, held.certificate().person()))
                .sorted(Comparator.comparing(held -> held.certificate().expires()))
                .map(held -> {
                    var certificate = held.certificate();
                    var kind = held.status() == CertificateStatus.EXPIRED
                            ? NotificationKind.CERTIFICATE_EXPIRED
                            : NotificationKind.CERTIFICATE_EXPIRING;
                    return new Reminder(
                            new ReminderKey(
                                    certificate.person(),
                                    kind,
                                    certificate.id().toString(),
                                    certificate.expires().toString()),
                            List.of(held.certification().name()),
                            certificate.expires(),
                            OWN_PROFILE);
                })
                .toList();
    }

    /**
     * To each manager, one digest a week of their members' certificates expiring within the window or expired,
     * each "name: certification, expiry date"; none for a manager whose members have none.
     */
    public List<Reminder> membersCertificatesExpiring(
            LocalDate today,
            Collection<HeldCertificate> certificates,
            Collection<Team> teams,
            Map<PersonId, Person> people) {
        var byManager = new TreeMap<PersonId, Set<String>>(Comparator.comparing(PersonId::toString));
        for (var team : teams) {
            for (var held : certificates) {
                var holder = people.get(held.certificate().person());
                if (held.status() == CertificateStatus.VALID
                        || holder == null
                        || !holder.active()
                        || !team.members().contains(holder.id())) {
                    continue;
                }
                for (var manager : team.managers()) {
                    if (!manager.equals(holder.id()) && active(people, manager)) {
                        byManager
                                .computeIfAbsent(manager, ignored -> new TreeSet<>())
                                .add(holder.name() + ": " + held.certification().name() + ", "
                                        + held.certificate().expires());
                    }
                }
            }
        }
        var week = week(today);
        var reminders = new ArrayList<Reminder>();
        byManager.forEach((manager, items) -> reminders.add(new Reminder(
                new ReminderKey(manager, NotificationKind.CERTIFICATES_EXPIRING, "", week),
                List.copyOf(items),
                null,
                TEAM_MATRIX)));
        return List.copyOf(reminders);
    }

    /**
     * Which team targets are newly unmet, of skills and of certifications: met when the reminders last ran and not
     * now. The watches say what the previous run found; a target found unmet after being met keeps the day that
     * happened as its reminder's period, so every run until it is met again selects the same reminder, stored once. A
     * target seen for the first time is only watched: nobody knows it was ever met.
     *
     * @param coverage each team's coverage of the skills it set targets for
     * @param certifications each team's coverage of its certification targets
     * @return the watches to keep for the next run, and a reminder to each active manager of the team per target
     */
    public TargetCheck targetsNewlyUnmet(
            LocalDate today,
            Map<Team, List<SkillCoverage>> coverage,
            Map<Team, List<CertificationCoverage>> certifications,
            Collection<TargetWatch> previous,
            Map<PersonId, Person> people,
            Map<SkillId, String> skillNames) {
        var before = new HashMap<String, TargetWatch>();
        previous.forEach(watch -> before.put(watch.subject(), watch));
        var teams = new LinkedHashSet<Team>(coverage.keySet());
        teams.addAll(certifications.keySet());
        var watches = new ArrayList<TargetWatch>();
        var reminders = new ArrayList<Reminder>();
        teams.stream().sorted(Comparator.comparing(Team::name)).forEach(team -> {
            var standings = new ArrayList<TargetStanding>();
            for (var skill : coverage.getOrDefault(team, List.of())) {
                if (skill.hasTarget()) {
                    standings.add(new TargetStanding(
                            new TargetWatch(team.id(), skill.skill(), skill.targetMet(), null),
                            skillNames.getOrDefault(skill.skill(), skill.skill().toString())));
                }
            }
            for (var certification : certifications.getOrDefault(team, List.of())) {
                standings.add(new TargetStanding(
                        TargetWatch.ofCertification(
                                team.id(), certification.certification().id(), certification.met(), null),
                        certification.certification().name()));
            }
            for (var standing : standings) {
                var now = standing.now();
                var last = before.get(now.subject());
                LocalDate unmetSince = null;
                if (!now.met() && last != null) {
                    unmetSince = last.met() ? today : last.unmetSince();
                }
                watches.add(new TargetWatch(now.team(), now.skill(), now.certification(), now.met(), unmetSince));
                if (unmetSince == null) {
                    continue;
                }
                for (var manager : team.managers()) {
                    if (active(people, manager)) {
                        reminders.add(new Reminder(
                                new ReminderKey(
                                        manager, NotificationKind.TARGET_UNMET, now.subject(), unmetSince.toString()),
                                List.of(team.name() + ": " + standing.name()),
                                unmetSince,
                                TEAM_GAPS + team.id()));
                    }
                }
            }
        });
        return new TargetCheck(watches, reminders);
    }

    /**
     * To each active recipient of the organisation summary, once per period (week or month): the organisation's
     * figures as the first run of the period finds them. Nothing while the summary is off.
     */
    public List<Reminder> organisationSummary(
            LocalDate today, OrganisationFigures figures, Collection<Person> recipients) {
        var summary = rules.summary();
        if (!summary.enabled()) {
            return List.of();
        }
        var period = summary.period().of(today);
        return recipients.stream()
                .filter(Person::active)
                .map(Person::id)
                .distinct()
                .sorted(Comparator.comparing(PersonId::toString))
                .map(recipient -> new Reminder(
                        new ReminderKey(recipient, NotificationKind.ORGANISATION_SUMMARY, "", period),
                        figures.items(),
                        today,
                        ORGANISATION_GAPS))
                .toList();
    }

    /** A target as this run finds it, not yet compared with the previous run, and the name of what it is of. */
    private record TargetStanding(TargetWatch now, String name) {}

    /** What a check of the targets found: the watches for the next run and the reminders due. */
    public record TargetCheck(List<TargetWatch> watches, List<Reminder> reminders) {

        public TargetCheck {
            watches = List.copyOf(watches);
            reminders = List.copyOf(reminders);
        }
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
