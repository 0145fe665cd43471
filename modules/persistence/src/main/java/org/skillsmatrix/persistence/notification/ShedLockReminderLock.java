package org.skillsmatrix.persistence.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.skillsmatrix.domain.notification.ReminderLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@link ReminderLock} as a ShedLock row in PostgreSQL, timed by the database's clock so that nodes whose clocks
 * differ agree. A run holds it at most an hour: should a node die mid-run, the next run an hour later takes it.
 */
@Repository
class ShedLockReminderLock implements ReminderLock {

    static final String NAME = "reminders";
    private static final Duration AT_MOST = Duration.ofHours(1);

    private final LockingTaskExecutor executor;

    ShedLockReminderLock(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
    }

    @Override
    public <T> Optional<T> runAlone(Supplier<T> work) {
        LockingTaskExecutor.TaskResult<T> result;
        try {
            result = executor.executeWithLock(
                    (LockingTaskExecutor.TaskWithResult<T>) work::get,
                    new LockConfiguration(Instant.now(), NAME, AT_MOST, Duration.ZERO));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }
}
