package org.skillsmatrix.persistence.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.audit.AuditLog;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link AuditLog} port on {@code audit_entry}. The actor is not a foreign key: the trail must be writable
 * for any actor the application names, and must outlive anything it mentions.
 */
@Repository
@Transactional
class JpaAuditLog implements AuditLog {

    /** Subjects are ids or short names; longer ones are cut rather than refused, so that auditing never fails. */
    private static final int MAX_SUBJECT = 200;

    private static final int MAX_ACTION = 60;

    private final AuditEntryRepository entries;
    private final EntityManager entityManager;

    JpaAuditLog(AuditEntryRepository entries, EntityManager entityManager) {
        this.entries = entries;
        this.entityManager = entityManager;
    }

    @Override
    public void record(AuditEntry entry) {
        entityManager.persist(new AuditEntryEntity(new AuditEntry(
                entry.at(),
                entry.actor(),
                cut(entry.action(), MAX_ACTION),
                cut(entry.subject(), MAX_SUBJECT),
                entry.detail())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> newest(int limit) {
        return entries.findAllByOrderByAtDescIdDesc(Limit.of(limit)).stream()
                .map(AuditEntryEntity::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AuditEntry> latestAbout(String subject) {
        return entries.findFirstBySubjectOrderByAtDescIdDesc(cut(subject, MAX_SUBJECT))
                .map(AuditEntryEntity::toDomain);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
