package org.skillsmatrix.persistence.base;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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
 */
@Repository
public class ReadModelChanges {

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

    private final JdbcTemplate jdbc;

    ReadModelChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        return new Kept<>(this, questions);
    }

    /** Answers, each kept with the snapshot it was computed from, by what it was asked for. */
    public static final class Kept<T> {

        private record Held<T>(String snapshot, T answer) {}

        private final ReadModelChanges changes;
        private final Map<Object, Held<T>> held;

        private Kept(ReadModelChanges changes, int questions) {
            this.changes = changes;
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
        public T get(Object question, Supplier<T> compute) {
            Held<T> kept;
            synchronized (held) {
                kept = held.get(question);
            }
            var since = changes.since(kept == null ? null : kept.snapshot());
            if (kept != null && since.unchanged()) {
                return kept.answer();
            }
            var answer = compute.get();
            if (since.withoutWrites()) {
                synchronized (held) {
                    held.put(question, new Held<>(since.snapshot(), answer));
                }
            }
            return answer;
        }
    }
}
