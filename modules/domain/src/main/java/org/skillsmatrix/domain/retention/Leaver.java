package org.skillsmatrix.domain.retention;

import java.time.Instant;
import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;

/** A deactivated person whose personal data is still stored, and since when they are deactivated. */
public record Leaver(PersonId person, Instant deactivatedAt) {

    public Leaver {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(deactivatedAt, "deactivatedAt");
    }
}
