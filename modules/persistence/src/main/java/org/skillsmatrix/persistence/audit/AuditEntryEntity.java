package org.skillsmatrix.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.persistence.base.JdbcValues;

/** One audit entry; written once, never changed. */
@Entity
@Table(name = "audit_entry")
class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant at;

    @Column(name = "actor_id")
    private UUID actorId;

    private String action;

    private String subject;

    private String detail;

    protected AuditEntryEntity() {
        this.at = Instant.EPOCH;
        this.actorId = new UUID(0, 0);
        this.action = "";
        this.subject = "";
        this.detail = "";
    }

    AuditEntryEntity(AuditEntry entry) {
        this.at = JdbcValues.stored(entry.at());
        this.actorId = entry.actor().value();
        this.action = entry.action();
        this.subject = entry.subject();
        this.detail = entry.detail();
    }

    AuditEntry toDomain() {
        return new AuditEntry(at, new PersonId(actorId), action, subject, detail);
    }
}
