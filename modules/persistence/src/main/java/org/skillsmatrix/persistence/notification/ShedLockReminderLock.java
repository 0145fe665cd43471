package org.skillsmatrix.persistence.notification;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.skillsmatrix.domain.notification.ReminderLock;
import org.skillsmatrix.persistence.base.ShedLockRunner;
import org.springframework.stereotype.Repository;

/**
 * The {@link ReminderLock} as a ShedLock row in PostgreSQL. A run holds it at most an hour: should a node die mid-run,
 * the next run an hour later takes it.
 */
@Repository
class ShedLockReminderLock implements ReminderLock {

    static final String NAME = "reminders";

    private final ShedLockRunner runner;

    ShedLockReminderLock(DataSource dataSource) {
        this.runner = new ShedLockRunner(dataSource, NAME, Duration.ofHours(1));
    }

    @Override
    public <T> Optional<T> runAlone(Supplier<T> work) {
        return runner.runAlone(work);
    }
}
