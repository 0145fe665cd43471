package org.skillsmatrix.domain.audit;

import java.time.Clock;
import org.skillsmatrix.domain.access.Actor;

/** Writes audit entries stamped with the acting person and the clock's time. */
public final class Auditor {

    private final AuditLog log;
    private final Clock clock;

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(Actor actor, String action, Object subject, String detail) {
        log.record(new AuditEntry(clock.instant(), actor.person(), action, String.valueOf(subject), detail));
    }
}
