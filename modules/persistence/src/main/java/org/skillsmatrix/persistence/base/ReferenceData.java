package org.skillsmatrix.persistence.base;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The catalog, the scale and the role profiles, which change rarely, read once per node and shared by every session
 * and request while {@code reference_data_version} is unchanged: one primary-key read per use instead of reading the
 * tables again. A trigger gives the version a new number with each statement that writes to those tables, on any
 * node and by any means, so a committed change makes every node read them anew at its next use.
 */
@Repository
public class ReferenceData {

    private final JdbcTemplate jdbc;

    ReferenceData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A copy of one thing read from those tables, kept while the version is unchanged. */
    public <T> Kept<T> kept() {
        return new Kept<>(this);
    }

    private long version() {
        Long version = jdbc.queryForObject("select version from reference_data_version", Long.class);
        return version == null ? 0 : version;
    }

    /** One kept copy; safe to share between threads. */
    public static final class Kept<T> {

        private final ReferenceData data;
        private volatile @Nullable Copy<T> copy;

        private Kept(ReferenceData data) {
            this.data = data;
        }

        /**
         * The kept copy if the version is still the one it was read at, else what {@code read} reads now, kept. The
         * version is read first: a change committed between the two reads makes the copy newer than its version,
         * which only costs one more read later.
         */
        public T get(Supplier<T> read) {
            long version = data.version();
            var kept = copy;
            if (kept != null && kept.version() == version) {
                return kept.value();
            }
            var value = read.get();
            copy = new Copy<>(version, value);
            return value;
        }
    }

    private record Copy<T>(long version, T value) {}
}
