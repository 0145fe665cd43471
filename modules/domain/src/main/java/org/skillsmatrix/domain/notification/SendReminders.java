package org.skillsmatrix.domain.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.CertificateValidity;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.certification.HeldCertificate;
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
    private final TargetCoverage targetCoverage;
    private final TargetWatches watches;
    private final Certifications certifications;
    private final RatingAge age;
    private final CertificateValidity validity;

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
            Clock clock,
            TargetCoverage targetCoverage,
            TargetWatches watches,
            Certifications certifications,
            RatingAge age,
            CertificateValidity validity) {
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
        this.targetCoverage = targetCoverage;
        this.watches = watches;
        this.certifications = certifications;
        this.age = age;
        this.validity = validity;
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
        var stale = sources.ratingsStatedBefore(age.cutoff());
        var window = validity.expiringWithin();
        var certificates = held(sources.latestCertificatesExpiring(today.minus(window), today.plus(window)));
        var allTeams = teams.all();
        var coverage = targetCoverage.ofTeamsWithTargets(allTeams);
        var named = new HashSet<PersonId>();
        openGoals.stream().map(DevelopmentGoal::learner).forEach(named::add);
        waiting.stream().map(WaitingSelfRating::person).forEach(named::add);
        stale.stream().map(StaleRating::person).forEach(named::add);
        certificates.stream().map(held -> held.certificate().person()).forEach(named::add);
        allTeams.stream().map(Team::managers).forEach(named::addAll);
        var byId = people.byIds(named);
        var skillNames = catalog.skills().stream().collect(Collectors.toMap(Skill::id, Skill::name));

        var reminders = new ArrayList<Reminder>();
        reminders.addAll(selection.goalsDue(today, openGoals, byId, skillNames));
        reminders.addAll(selection.validationsWaiting(today, waiting, allTeams, byId, skillNames));
        reminders.addAll(selection.ratingsStale(today, stale, byId, skillNames));
        reminders.addAll(selection.certificatesExpiring(certificates, byId));
        reminders.addAll(selection.membersCertificatesExpiring(today, certificates, allTeams, byId));
        var targets = selection.targetsNewlyUnmet(today, coverage, watches.all(), byId, skillNames);
        // kept before the reminders are stored: a run that stops in between selects the same reminders next time
        watches.replaceAll(targets.watches());
        reminders.addAll(targets.reminders());

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

    private List<HeldCertificate> held(List<Certificate> certificates) {
        var byId = certifications.all().stream().collect(Collectors.toMap(Certification::id, c -> c));
        var held = new ArrayList<HeldCertificate>();
        for (var certificate : certificates) {
            var certification = byId.get(certificate.certification());
            if (certification != null) {
                held.add(new HeldCertificate(certificate, certification, validity.status(certificate)));
            }
        }
        return held;
    }
}
