package org.skillsmatrix.domain.audit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;

/** Port: the append-only audit trail. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The newest entries first. */
    List<AuditEntry> newest(int limit);

    /**
     * One page of the entries the filter lets through, read where they are stored, with how many there are in all;
     * entries of the same instant come in the order they were recorded (the later first when newest first).
     */
    Page<AuditEntry> page(AuditFilter filter, PageRequest<AuditOrder> request);

    /**
     * The entries the filter lets through, newest first, read from the store as the stream is consumed, so that the
     * whole trail is never held at once; read it within the caller's transaction, and close it.
     */
    Stream<AuditEntry> newestFirst(AuditFilter filter);

    /** The newest entry about the subject, however many entries about other subjects are newer. */
    Optional<AuditEntry> latestAbout(String subject);
}
