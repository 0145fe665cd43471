package org.skillsmatrix.domain.assessment;

import java.time.Instant;
import java.util.Objects;
import org.skillsmatrix.domain.scale.Level;

/** A level given at a point in time. */
public record Rating(Level level, Instant at) {

    public Rating {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(at, "at");
    }
}
