package org.skillsmatrix.domain.conflict;

import java.time.Instant;
import java.util.Objects;

/**
 * The newest recorded change of a subject: who made it, when, and the audit action, e.g. {@code
 * target.changed}, with its detail.
 */
public record LastChange(String who, Instant at, String action, String detail) {

    public LastChange {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }
}
