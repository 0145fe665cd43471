package org.skillsmatrix.persistence.base;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
        return new Kept<>(this);
    }

    /** One answer, kept with the version it was computed at and what it was asked for. */
    public static final class Kept<T> {

        private record Held<T>(long version, Object question, T answer) {}

        private final ReadModelVersion versions;
        private final AtomicReference<@Nullable Held<T>> held = new AtomicReference<>();

        private Kept(ReadModelVersion versions) {
            this.versions = versions;
        }

        /** The kept answer if the version is still the one it was computed at; else computes and keeps it. */
        public T get(Supplier<T> compute) {
            return get(Boolean.TRUE, compute);
        }

        /**
         * The kept answer if it was computed for an equal question and the version is still the one it was computed
         * at; else computes and keeps it (in place of the answer to another question).
         */
        public T get(Object question, Supplier<T> compute) {
            long version = versions.current();
            var kept = held.get();
            if (kept != null && kept.version() == version && kept.question().equals(question)) {
                return kept.answer();
            }
            var answer = compute.get();
            held.set(new Held<>(version, question, answer));
            return answer;
        }
    }
}
