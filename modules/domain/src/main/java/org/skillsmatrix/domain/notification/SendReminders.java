package org.skillsmatrix.domain.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: selects today's reminders, stores each new one in the recipients' in-app lists and mails it to those
 * who keep e-mail on. One run at a time across the cluster (the reminder lock). Not one transaction: each
 * notification is stored, in a transaction of its own, before it is mailed, so a reminder whose key is already
 * stored (by an earlier run, or another node) is never mailed again, and a failing mail server loses no in-app
 * notification.
 */
public class SendReminders {

    private static final System.Logger LOG = System.getLogger(SendReminders.class.getName());

    private final ReminderSelection selection;
    private final DevelopmentGoals goals;
    private final ReminderSources sources;
    private final Teams teams;
    private final Catalog catalog;
    private final People people;
    private final Notifications notifications;
    private final Mailer mailer;
    private final ReminderLock lock;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final Clock clock;

    public SendReminders(
            ReminderSelection selection,
            DevelopmentGoals goals,
            ReminderSources sources,
            Teams teams,
            Catalog catalog,
            People people,
            Notifications notifications,
            Mailer mailer,
            ReminderLock lock,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock) {
        this.selection = selection;
        this.goals = goals;
        this.sources = sources;
        this.teams = teams;
        this.catalog = catalog;
        this.people = people;
        this.notifications = notifications;
        this.mailer = mailer;
        this.lock = lock;
        this.policy = policy;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** An admin runs the reminders now, as the schedule would; audited with what the run did. */
    public ReminderRun runNow(Actor actor) {
        policy.check(actor, new Action.RunReminders());
        var run = runScheduled();
        auditor.record(
                actor,
                "reminders.run",
                "reminders",
                run.stored() + " new of " + run.selected() + " due, " + run.mailed() + " mailed");
        return run;
    }

    /** Whether the actor may run the reminders on demand: what a view shows the button for. */
    public boolean mayRun(Actor actor) {
        return policy.allows(actor, new Action.RunReminders());
    }

    /** The scheduled run; fails with Busy while another run, on this node or another, is going on. */
    public ReminderRun runScheduled() {
        return lock.runAlone(this::selectAndSend)
                .orElseThrow(() -> new Busy("Reminders are being sent right now; try again in a minute"));
    }

    private ReminderRun selectAndSend() {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, clock.getZone());
        var openGoals = goals.open();
        var waiting =
                sources.selfRatingsWaitingSince(now.minus(selection.rules().validationWait()));
        var allTeams = teams.all();
        var named = new HashSet<PersonId>();
        openGoals.stream().map(DevelopmentGoal::learner).forEach(named::add);
        waiting.stream().map(WaitingSelfRating::person).forEach(named::add);
        allTeams.stream().map(Team::managers).forEach(named::addAll);
        var byId = people.byIds(named);
        var skillNames = catalog.skills().stream().collect(Collectors.toMap(Skill::id, Skill::name));

        var reminders = new ArrayList<Reminder>();
        reminders.addAll(selection.goalsDue(today, openGoals, byId, skillNames));
        reminders.addAll(selection.validationsWaiting(today, waiting, allTeams, byId, skillNames));

        int stored = 0;
        int mailed = 0;
        int failed = 0;
        for (var reminder : reminders) {
            var added = notifications.addOnce(reminder.toNotification(now));
            if (added.isEmpty()) {
                continue;
            }
            stored++;
            var recipient = byId.get(reminder.key().recipient());
            if (!mailer.configured() || recipient == null) {
                continue;
            }
            var settings = notifications.settings(recipient.id());
            if (!settings.email()) {
                continue;
            }
            try {
                mailer.send(recipient, settings, added.get());
                mailed++;
            } catch (RuntimeException e) {
                failed++;
                LOG.log(
                        System.Logger.Level.WARNING,
                        "A reminder ({0}) stays in the app only: the mail server did not take it: {1}",
                        reminder.key().kind(),
                        e.getMessage());
            }
        }
        return new ReminderRun(reminders.size(), stored, mailed, failed);
    }
}
