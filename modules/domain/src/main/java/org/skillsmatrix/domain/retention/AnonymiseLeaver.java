package org.skillsmatrix.domain.retention;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.PersonId;

/**
 * Use case step: anonymises one leaver and records it, in one transaction. The audit entry names the person by
 * their id only.
 */
@Transactional
public class AnonymiseLeaver {

    /** Who the audit trail says acted in a scheduled run: the application itself, the nil id, which no person has. */
    public static final Actor APPLICATION = new Actor(new PersonId(new UUID(0, 0)), Set.of());

    private final Leavers leavers;
    private final Auditor auditor;
    private final Clock clock;

    public AnonymiseLeaver(Leavers leavers, Auditor auditor, Clock clock) {
        this.leavers = leavers;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** False, changing nothing, when the person was anonymised already or is active again. */
    public boolean anonymise(Actor actor, Leaver leaver, Retention retention) {
        var person = leaver.person();
        if (!leavers.anonymise(person, Pseudonym.of(person), clock.instant())) {
            return false;
        }
        auditor.record(
                actor,
                "person.anonymised",
                person,
                "Personal data anonymised; deactivated " + leaver.deactivatedAt() + ", kept "
                        + Objects.requireNonNull(retention.anonymiseAfter()).toDays() + " days");
        return true;
    }
}
