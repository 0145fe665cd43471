package org.skillsmatrix.persistence.base;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.KeptAnswers;
import org.skillsmatrix.domain.base.NotYetComputed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether anything the kept answers are computed from changed since a snapshot. Every transaction that writes to such
 * a table records its own transaction id in {@code read_model_change} (changelog {@code read-model-changes.xml}), a
 * row no other writer touches, so writers never wait for one another on it. An answer is kept with the PostgreSQL
 * snapshot taken before it was computed, and given again only while every recorded writer that the reader sees was
 * already visible in that snapshot. Visibility, not the order of the ids, decides: an id taken before another's can
 * commit after it, and an id of a writer still open when the snapshot was taken counts once it commits. A write on
 * any node is seen by every node at its next read; a write that rolled back is never seen.
 *
 * <p>An answer is kept only if its transaction had written nothing when the snapshot was taken; one computed inside a
 * write could hold rows that roll back. {@link #prune} forgets recorded writers older than the horizon; an answer
 * whose snapshot is older than the horizon is computed anew.
 *
 * <p>Large answers kept {@linkplain #kept(int, Duration, Predicate) with a patience} are never waited for longer than
 * it once they have been computed: when something changed since a large answer was kept, the new answer is computed
 * on a thread of its own, once, in a read-only transaction, and each reader waits for it at most the patience before
 * it is given the answer kept before. The next reads get the new answer once it is there. An answer can also be
 * {@linkplain Kept#computeAside computed aside} before anyone asks, at start: a reader who finds it still being
 * computed, with nothing kept before it, waits the same patience and is then refused with {@link NotYetComputed}.
 */
@Repository
public class ReadModelChanges implements DisposableBean {

    private static final String SINCE = """
            with kept as (select cast(cast(? as text) as pg_snapshot) as snapshot)
            select pg_current_snapshot()::text as snapshot,
                   pg_current_xact_id_if_assigned() is null as without_writes,
                   kept.snapshot is not null
                     and pg_snapshot_xmin(kept.snapshot) >= (select h.horizon from read_model_change_horizon h)
                     and not exists (
                       select from read_model_change c
                       where c.xid >= pg_snapshot_xmin(kept.snapshot)
                         and not pg_visible_in_snapshot(c.xid, kept.snapshot)) as unchanged
            from kept""";

    /**
     * The horizon moves up to the oldest running writer seen at the previous pruning, so answers computed since then
     * stay valid. Ids at or past the current snapshot's end cannot be this server's: rows restored from another
     * server's backup, forgotten together with a horizon from there.
     */
    private static final String PRUNE = """
            with now as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin,
                                pg_snapshot_xmax(pg_current_snapshot()) as xmax),
            moved as (
              update read_model_change_horizon h
              set horizon = least(h.next, now.xmin), next = now.xmin, pruned_at = now()
              from now
              where h.pruned_at <= now() - cast(? as interval)
                 or h.horizon > now.xmin
                 or exists (select from read_model_change c where c.xid >= now.xmax)
              returning h.horizon, now.xmax)
            delete from read_model_change c
            using moved
            where c.xid < moved.horizon or c.xid >= moved.xmax""";

    private static final Logger log = LoggerFactory.getLogger(ReadModelChanges.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        var daemon = new Thread(task, "kept-answers");
        daemon.setDaemon(true);
        return daemon;
    });

    ReadModelChanges(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Stops the computations under way with the application, so that none uses its closed connections. */
    @Override
    public void destroy() {
        background.shutdownNow();
    }

    /** The snapshot now, whether this transaction has written yet, and whether anything changed since {@code kept}. */
    private Since since(@Nullable String kept) {
        return Objects.requireNonNull(jdbc.queryForObject(
                SINCE,
                (rs, row) -> new Since(
                        Objects.requireNonNull(rs.getString("snapshot")),
                        rs.getBoolean("without_writes"),
                        rs.getBoolean("unchanged")),
                kept));
    }

    private record Since(String snapshot, boolean withoutWrites, boolean unchanged) {}

    /**
     * Forgets the writers recorded before the horizon and moves it, if it was last moved at least {@code every} ago on
     * any node or holds another server's ids; returns how many were forgotten.
     */
    @Transactional
    public int prune(Duration every) {
        return jdbc.update(PRUNE, every.toSeconds() + " seconds");
    }

    /** A place to keep one answer; call its {@link Kept#get} inside the transaction that reads the answer. */
    public <T> Kept<T> kept() {
        return kept(1);
    }

    /** A place to keep the answers to this many questions, the least recently asked given up first. */
    public <T> Kept<T> kept(int questions) {
        return new Kept<>(this, questions, Duration.ZERO, answer -> false);
    }

    /**
     * A place to keep the answers to this many questions, where, once a {@code large} answer has been kept, a reader
     * waits for the answer computed anew after a change at most {@code patience}, and is given the one kept before if
     * it is not there by then. Other answers are computed by their reader, as in {@link #kept(int)}.
     */
    public <T> Kept<T> kept(int questions, Duration patience, Predicate<? super T> large) {
        return new Kept<>(this, questions, patience, large);
    }

    /** Answers, each kept with the snapshot it was computed from, by what it was asked for. */
    public static final class Kept<T> implements KeptAnswers<T> {

        private record Held<T>(String snapshot, T answer) {}

        private final ReadModelChanges changes;
        private final Map<Object, Held<T>> held;
        private final Duration patience;
        private final Predicate<? super T> large;
        private final Map<Object, CompletableFuture<T>> computing = new HashMap<>();
        /** The questions whose first answer is being computed aside; a reader of one waits for it, not computes it. */
        private final Set<Object> firstAside = new HashSet<>();

        private Kept(ReadModelChanges changes, int questions, Duration patience, Predicate<? super T> large) {
            this.changes = changes;
            this.patience = patience;
            this.large = large;
            this.held = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Held<T>> eldest) {
                    return size() > questions;
                }
            };
        }

        /** The kept answer if nothing changed since it was computed; else computes it, and keeps it if it may. */
        public T get(Supplier<T> compute) {
            return get(Boolean.TRUE, compute);
        }

        /**
         * The answer kept for an equal question if nothing changed since it was computed; else computes it, and keeps
         * it if it may.
         */
        @Override
        public T get(Object question, Supplier<T> compute) {
            while (true) {
                Held<T> kept;
                @Nullable CompletableFuture<T> first;
                synchronized (held) {
                    kept = held.get(question);
                    first = kept == null && firstAside.contains(question) ? computing.get(question) : null;
                }
                if (first != null) {
                    return first(first);
                }
                var since = changes.since(kept == null ? null : kept.snapshot());
                if (kept != null && since.unchanged()) {
                    return kept.answer();
                }
                if (kept == null || !since.withoutWrites() || !large.test(kept.answer())) {
                    return computed(question, compute, since);
                }
                var anew = computationAfter(kept, question, compute, false);
                if (anew != null) {
                    return within(anew, kept.answer());
                }
                // Another answer was kept while this one was checked: check that one instead.
            }
        }

        /**
         * Starts computing the answer aside, in a read-only transaction of its own, unless it is kept or being
         * computed already.
         */
        @Override
        public void computeAside(Object question, Supplier<T> compute) {
            computationAfter(null, question, compute, true);
        }

        private T computed(Object question, Supplier<T> compute, Since since) {
            var answer = compute.get();
            if (since.withoutWrites()) {
                synchronized (held) {
                    held.put(question, new Held<>(since.snapshot(), answer));
                }
            }
            return answer;
        }

        /**
         * The computation of the answer that replaces {@code kept} (none: the first answer): the one running, else one
         * started now in a read-only transaction of its own; null if {@code kept} has been replaced already. A
         * computation keeps its answer before it stops running, so a reader that finds none running and its answer
         * still kept knows that none has started since it read the answer. A first answer computed {@code aside}
         * makes its readers wait for it until it is kept.
         */
        private @Nullable CompletableFuture<T> computationAfter(
                @Nullable Held<T> kept, Object question, Supplier<T> compute, boolean aside) {
            var anew = new CompletableFuture<T>();
            synchronized (held) {
                if (held.get(question) != kept) {
                    return null;
                }
                var running = computing.putIfAbsent(question, anew);
                if (running != null) {
                    return running;
                }
                if (aside) {
                    firstAside.add(question);
                }
            }
            changes.background.execute(() -> {
                try {
                    anew.complete(changes.readOnly.execute(status -> computed(question, compute, changes.since(null))));
                } catch (RuntimeException | Error e) {
                    // readers meanwhile get the answer kept before: say why it is not replaced
                    log.warn("Could not compute a kept answer anew", e);
                    anew.completeExceptionally(e);
                } finally {
                    synchronized (held) {
                        if (computing.remove(question, anew) && aside) {
                            firstAside.remove(question);
                        }
                    }
                }
            });
            return anew;
        }

        /** The answer computed anew if it is there within the patience, else the one kept before. */
        private T within(CompletableFuture<T> anew, T before) {
            try {
                return waited(anew);
            } catch (TimeoutException e) {
                return before;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return before;
            }
        }

        /** The first answer, computed aside, if it is there within the patience; else refused as not there yet. */
        private T first(CompletableFuture<T> first) {
            try {
                return waited(first);
            } catch (TimeoutException e) {
                throw new NotYetComputed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotYetComputed();
            }
        }

        private T waited(CompletableFuture<T> computation) throws TimeoutException, InterruptedException {
            try {
                return computation.get(patience.toNanos(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
