package org.skillsmatrix.domain.retention;

import java.util.Optional;
import java.util.function.Supplier;

/** Port: a lock held across the cluster, so that one node at a time anonymises the people who left. */
public interface RetentionLock {

    /** Runs the work while holding the lock; empty, without running it, when another run holds it. */
    <T> Optional<T> runAlone(Supplier<T> work);
}
