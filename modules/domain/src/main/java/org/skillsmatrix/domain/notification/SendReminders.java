package org.skillsmatrix.domain.notification;

import java.time.Clock;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.Busy;

/**
 * Use case: selects today's reminders ({@link DueReminders}), stores each new one in the recipients' in-app lists
 * and mails it to those who keep e-mail on ({@link ReminderDelivery}). One run at a time across the cluster (the
 * reminder lock). Not one transaction: see {@link ReminderDelivery}.
 */
public class SendReminders {

    private final DueReminders due;
    private final ReminderDelivery delivery;
    private final ReminderLock lock;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final Clock clock;

    public SendReminders(
            DueReminders due,
            ReminderDelivery delivery,
            ReminderLock lock,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock) {
        this.due = due;
        this.delivery = delivery;
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
        var found = due.at(now, clock.getZone());
        return delivery.deliver(found.reminders(), found.people(), now);
    }
}
