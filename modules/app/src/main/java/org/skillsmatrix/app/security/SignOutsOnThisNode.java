package org.skillsmatrix.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.people.SignOuts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Reads the sign-outs that any node recorded, every {@code interval}, and ends this node's sessions of them. Each read
 * looks back {@link #OVERLAP} before the newest sign-out read so far, so one committed late or recorded by a node
 * whose clock is behind is not missed; ending a session twice ends nothing the second time. While the database is out
 * of reach it logs one warning and tries again.
 */
final class SignOutsOnThisNode implements SmartLifecycle {

    static final Duration OVERLAP = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(SignOutsOnThisNode.class);

    private final SignOuts signOuts;
    private final ProviderSessions sessions;
    private final Duration interval;
    private Instant readUpTo;
    private boolean failing;
    private @Nullable ScheduledExecutorService reader;

    SignOutsOnThisNode(SignOuts signOuts, ProviderSessions sessions, Duration interval, Clock clock) {
        this.signOuts = signOuts;
        this.sessions = sessions;
        this.interval = interval;
        this.readUpTo = clock.instant();
    }

    /** Reads once: ends this node's sessions of the sign-outs recorded since the last read. */
    synchronized void read() {
        try {
            for (var signOut : signOuts.since(readUpTo.minus(OVERLAP))) {
                int ended = sessions.end(signOut);
                if (ended > 0) {
                    log.info(
                            "Ended {} session(s) of session {} of account {}, signed out at the identity provider",
                            ended,
                            signOut.session(),
                            signOut.subject());
                }
                if (signOut.at().isAfter(readUpTo)) {
                    readUpTo = signOut.at();
                }
            }
            if (failing) {
                log.info("Reading the identity provider's sign-outs again");
                failing = false;
            }
        } catch (DataAccessException | TransactionException e) {
            if (!failing) {
                log.warn("Cannot read the identity provider's sign-outs, trying again: {}", e.getMessage());
                failing = true;
            }
        }
    }

    @Override
    public synchronized void start() {
        var thread = Executors.newSingleThreadScheduledExecutor(task -> {
            var daemon = new Thread(task, "sign-outs");
            daemon.setDaemon(true);
            return daemon;
        });
        thread.scheduleWithFixedDelay(this::read, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        reader = thread;
    }

    @Override
    public synchronized void stop() {
        if (reader != null) {
            reader.shutdownNow();
            reader = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return reader != null;
    }
}
