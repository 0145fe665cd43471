package org.skillsmatrix.domain.audit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as the trail shows it: with the name of who made the change, if they are still known, and the name
 * of the person it is about, if its subject is a person still known.
 */
public record AuditLine(
        AuditEntry entry,
        @Nullable String actorName,
        @Nullable String subjectName) {

    public AuditKind kind() {
        return AuditKind.of(entry.action());
    }

    public Optional<String> actor() {
        return Optional.ofNullable(actorName);
    }

    public Optional<String> about() {
        return Optional.ofNullable(subjectName);
    }
}
