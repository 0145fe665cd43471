package org.skillsmatrix.persistence.base;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Keeps {@code read_model_change} small: every {@link #EVERY} each node asks to prune it, and the first to ask after
 * that long on any node does ({@link ReadModelChanges#prune}). A kept answer then lives at most about twice that long
 * without a write before it is computed anew. While the database is out of reach it tries again at the next turn.
 */
@Component
class ReadModelChangesPruning implements SmartLifecycle {

    static final Duration EVERY = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(ReadModelChangesPruning.class);

    private final ReadModelChanges changes;
    private @Nullable ScheduledExecutorService pruner;

    ReadModelChangesPruning(ReadModelChanges changes) {
        this.changes = changes;
    }

    private void prune() {
        try {
            int forgotten = changes.prune(EVERY);
            log.debug("Forgot {} writers of the read model recorded before the horizon", forgotten);
        } catch (DataAccessException | TransactionException e) {
            log.debug("Cannot prune the read model's writers now: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        var thread = Executors.newSingleThreadScheduledExecutor(task -> {
            var daemon = new Thread(task, "read-model-changes");
            daemon.setDaemon(true);
            return daemon;
        });
        thread.scheduleWithFixedDelay(this::prune, 0, EVERY.toSeconds(), TimeUnit.SECONDS);
        pruner = thread;
    }

    @Override
    public synchronized void stop() {
        if (pruner != null) {
            pruner.shutdownNow();
            pruner = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return pruner != null;
    }
}
