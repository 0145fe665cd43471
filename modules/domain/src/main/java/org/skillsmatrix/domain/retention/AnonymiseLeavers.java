package org.skillsmatrix.domain.retention;

import java.time.Clock;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.Busy;

/**
 * Use case: anonymises the personal data of the people whose retention period after deactivation is over. One run
 * at a time across the cluster (the retention lock); each person in a transaction of their own with its audit entry,
 * so a run that stops half-way keeps what it did, and the next run finds only those still due.
 */
public class AnonymiseLeavers {

    private final Retention retention;
    private final Leavers leavers;
    private final AnonymiseLeaver anonymiseLeaver;
    private final RetentionLock lock;
    private final AccessPolicy policy;
    private final Clock clock;

    public AnonymiseLeavers(
            Retention retention,
            Leavers leavers,
            AnonymiseLeaver anonymiseLeaver,
            RetentionLock lock,
            AccessPolicy policy,
            Clock clock) {
        this.retention = retention;
        this.leavers = leavers;
        this.anonymiseLeaver = anonymiseLeaver;
        this.lock = lock;
        this.policy = policy;
        this.clock = clock;
    }

    /** The scheduled run; fails with Busy while another run, on this node or another, is going on. */
    public AnonymisationRun runScheduled() {
        return run(AnonymiseLeaver.APPLICATION);
    }

    /** An admin runs it now, as the schedule would; each person anonymised is audited with the admin as actor. */
    public AnonymisationRun runNow(Actor actor) {
        policy.check(actor, new Action.AnonymiseLeavers());
        return run(actor);
    }

    /** Whether the actor may run it on demand: what a view shows the button for. */
    public boolean mayRun(Actor actor) {
        return policy.allows(actor, new Action.AnonymiseLeavers());
    }

    public Retention retention() {
        return retention;
    }

    private AnonymisationRun run(Actor actor) {
        return lock.runAlone(() -> anonymiseDue(actor))
                .orElseThrow(() -> new Busy("People who left are being anonymised right now; try again in a minute"));
    }

    private AnonymisationRun anonymiseDue(Actor actor) {
        if (retention.anonymiseAfter() == null) {
            return new AnonymisationRun(0, 0);
        }
        var due = retention.due(leavers.notAnonymised(), clock.instant());
        int anonymised = 0;
        for (var leaver : due) {
            if (anonymiseLeaver.anonymise(actor, leaver, retention)) {
                anonymised++;
            }
        }
        return new AnonymisationRun(due.size(), anonymised);
    }
}
