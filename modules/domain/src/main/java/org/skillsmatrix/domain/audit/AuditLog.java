package org.skillsmatrix.domain.audit;

import java.util.List;

/** Port: the append-only audit trail. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The newest entries first. */
    List<AuditEntry> newest(int limit);
}
