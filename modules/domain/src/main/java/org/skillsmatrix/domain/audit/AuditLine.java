package org.skillsmatrix.domain.audit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An audit entry as the trail shows it: with the name of who made the change, if they are still known. */
public record AuditLine(AuditEntry entry, @Nullable String actorName) {

    public AuditKind kind() {
        return AuditKind.of(entry.action());
    }

    public Optional<String> actor() {
        return Optional.ofNullable(actorName);
    }
}
