package org.skillsmatrix.domain.testing;

import java.util.Optional;
import java.util.function.Supplier;
import org.skillsmatrix.domain.notification.ReminderLock;
import org.skillsmatrix.domain.retention.RetentionLock;

/**
 * A lock held across the cluster, in memory: the {@link ReminderLock} or the {@link RetentionLock}, one instance for
 * each, which a test can hold as another node's run would.
 */
public class InMemoryClusterLock implements ReminderLock, RetentionLock {

    private boolean held;

    public synchronized void held(boolean isHeld) {
        held = isHeld;
    }

    @Override
    public <T> Optional<T> runAlone(Supplier<T> work) {
        synchronized (this) {
            if (held) {
                return Optional.empty();
            }
            held = true;
        }
        try {
            return Optional.of(work.get());
        } finally {
            held(false);
        }
    }
}
