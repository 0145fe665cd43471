package org.skillsmatrix.domain.audit;

import java.time.Instant;
import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;

/** One recorded change: who did what to which subject, and when. */
public record AuditEntry(Instant at, PersonId actor, String action, String subject, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }
}
