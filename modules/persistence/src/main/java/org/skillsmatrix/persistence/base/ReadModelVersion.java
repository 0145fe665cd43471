package org.skillsmatrix.persistence.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The read model's version in {@code read_model_version}: every transaction that writes to a table the
 * organisation's answers are computed from gives it a new number (changelog {@code read-model-version.xml}), which
 * becomes visible with that transaction's writes. An answer computed after reading version V is at least as new as
 * V, so a node may give it again for as long as it reads V; a write on any node changes the version for all.
 */
@Repository
public class ReadModelVersion {

    private final JdbcTemplate jdbc;

    ReadModelVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return Objects.requireNonNull(jdbc.queryForObject("select version from read_model_version", Long.class));
    }

    /** A place to keep one answer; call its {@link Kept#get} inside the transaction that reads the answer. */
    public <T> Kept<T> kept() {
        return kept(1);
    }

    /** A place to keep the answers to this many questions, the least recently asked given up first. */
    public <T> Kept<T> kept(int questions) {
        return new Kept<>(this, questions);
    }

    /** Answers, each kept with the version it was computed at, by what it was asked for. */
    public static final class Kept<T> {

        private record Held<T>(long version, T answer) {}

        private final ReadModelVersion versions;
        private final Map<Object, Held<T>> held;

        private Kept(ReadModelVersion versions, int questions) {
            this.versions = versions;
            this.held = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Held<T>> eldest) {
                    return size() > questions;
                }
            };
        }

        /** The kept answer if the version is still the one it was computed at; else computes and keeps it. */
        public T get(Supplier<T> compute) {
            return get(Boolean.TRUE, compute);
        }

        /**
         * The answer kept for an equal question if the version is still the one it was computed at; else computes
         * and keeps it.
         */
        public T get(Object question, Supplier<T> compute) {
            long version = versions.current();
            Held<T> kept;
            synchronized (held) {
                kept = held.get(question);
            }
            if (kept != null && kept.version() == version) {
                return kept.answer();
            }
            var answer = compute.get();
            synchronized (held) {
                held.put(question, new Held<>(version, answer));
            }
            return answer;
        }
    }
}
