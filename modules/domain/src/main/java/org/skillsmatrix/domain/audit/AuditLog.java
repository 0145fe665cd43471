package org.skillsmatrix.domain.audit;

import java.util.List;
import java.util.Optional;

/** Port: the append-only audit trail. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The newest entries first. */
    List<AuditEntry> newest(int limit);

    /** The newest entry about the subject, however many entries about other subjects are newer. */
    Optional<AuditEntry> latestAbout(String subject);
}
