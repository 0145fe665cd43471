package org.skillsmatrix.persistence.retention;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.skillsmatrix.domain.retention.RetentionLock;
import org.skillsmatrix.persistence.base.ShedLockRunner;
import org.springframework.stereotype.Repository;

/** The {@link RetentionLock} as a ShedLock row in PostgreSQL, held at most an hour, as the reminders' is. */
@Repository
class ShedLockRetentionLock implements RetentionLock {

    static final String NAME = "retention";

    private final ShedLockRunner runner;

    ShedLockRetentionLock(DataSource dataSource) {
        this.runner = new ShedLockRunner(dataSource, NAME, Duration.ofHours(1));
    }

    @Override
    public <T> Optional<T> runAlone(Supplier<T> work) {
        return runner.runAlone(work);
    }
}
