package org.skillsmatrix.persistence.base;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs work while holding a named ShedLock row in PostgreSQL, so that one node of the cluster at a time runs it;
 * timed by the database's clock so that nodes whose clocks differ agree. A run holds the lock at most
 * {@code atMost}: should a node die mid-run, a run after that takes it.
 */
public final class ShedLockRunner {

    private final LockingTaskExecutor executor;
    private final String name;
    private final Duration atMost;

    public ShedLockRunner(DataSource dataSource, String name, Duration atMost) {
        this.executor = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
        this.name = name;
        this.atMost = atMost;
    }

    /** Runs the work while holding the lock; empty, without running it, when another run holds it. */
    public <T> Optional<T> runAlone(Supplier<T> work) {
        LockingTaskExecutor.TaskResult<T> result;
        try {
            result = executor.executeWithLock(
                    (LockingTaskExecutor.TaskWithResult<T>) work::get,
                    new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }
}
