package org.skillsmatrix.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.DatabaseOutage;
import org.skillsmatrix.domain.people.SignOut;
import org.skillsmatrix.domain.people.SignOuts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * This node's part in the sign-outs at the identity provider. A sign-out the provider tells this node of ends this
 * node's sessions of it at once and is recorded for every node; while the database is out of reach it is kept in
 * memory (at most {@link #MAX_KEPT}) and recorded once the database is back, because the provider does not send it
 * again. Every {@code interval} the node records what it kept, then reads the sign-outs that any node recorded and
 * ends its own sessions of them. Each read looks back {@link #OVERLAP} before the newest sign-out read so far, so one
 * committed late or recorded by a node whose clock is behind is not missed; ending a session twice ends nothing the
 * second time. While the database is out of reach it logs one warning and tries again.
 */
final class SignOutsOnThisNode implements SmartLifecycle {

    static final Duration OVERLAP = Duration.ofMinutes(1);

    /** Far longer than any node takes to read a sign-out: older ones are forgotten when one is recorded. */
    static final Duration KEPT = Duration.ofDays(1);

    /** Beyond this many sign-outs waiting for the database, the oldest are dropped (with an error in the log). */
    static final int MAX_KEPT = 10_000;

    private static final Logger log = LoggerFactory.getLogger(SignOutsOnThisNode.class);

    private final SignOuts signOuts;
    private final ProviderSessions sessions;
    private final Duration interval;
    private final Clock clock;
    private final Deque<SignOut> kept = new ConcurrentLinkedDeque<>();
    private Instant readUpTo;
    private boolean failing;
    private @Nullable ScheduledExecutorService reader;

    SignOutsOnThisNode(SignOuts signOuts, ProviderSessions sessions, Duration interval, Clock clock) {
        this.signOuts = signOuts;
        this.sessions = sessions;
        this.interval = interval;
        this.clock = clock;
        this.readUpTo = clock.instant();
    }

    /**
     * Takes a sign-out that the provider told this node of: ends this node's sessions of it and records it for the
     * other nodes, or keeps it to record once the database is back.
     */
    void signedOut(SignOut signOut) {
        end(signOut);
        try {
            record(signOut);
        } catch (DataAccessException | TransactionException e) {
            if (!DatabaseOutage.isCauseOf(e)) {
                throw e;
            }
            kept.addLast(signOut);
            while (kept.size() > MAX_KEPT) {
                var dropped = kept.pollFirst();
                log.error("Too many sign-outs wait for the database; the other nodes will not learn of {}", dropped);
            }
            log.warn(
                    "The database is unavailable: the sign-out of session {} of account {} is kept on this node and"
                            + " recorded for the other nodes once the database is back",
                    signOut.session(),
                    signOut.subject());
        }
    }

    /** How many sign-outs wait for the database on this node. */
    int waiting() {
        return kept.size();
    }

    /**
     * Reads once: records the sign-outs kept while the database was away, then ends this node's sessions of the
     * sign-outs recorded since the last read.
     */
    synchronized void read() {
        try {
            for (var waiting = kept.peekFirst(); waiting != null; waiting = kept.peekFirst()) {
                record(waiting);
                kept.remove(waiting);
                log.info(
                        "Recorded the sign-out of session {} of account {}, kept while the database was away",
                        waiting.session(),
                        waiting.subject());
            }
            for (var signOut : signOuts.since(readUpTo.minus(OVERLAP))) {
                end(signOut);
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

    private void record(SignOut signOut) {
        signOuts.record(signOut);
        signOuts.forgetBefore(clock.instant().minus(KEPT));
    }

    private void end(SignOut signOut) {
        int ended = sessions.end(signOut);
        if (ended > 0) {
            log.info(
                    "Ended {} session(s) of session {} of account {}, signed out at the identity provider",
                    ended,
                    signOut.session(),
                    signOut.subject());
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
        if (!kept.isEmpty()) {
            log.error(
                    "Stopping with {} sign-out(s) the database never took: the other nodes end those sessions only"
                            + " when they expire",
                    kept.size());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return reader != null;
    }
}
