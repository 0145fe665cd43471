package org.skillsmatrix.persistence.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/** Reading and binding the column types the SQL read models and batch writes use. */
public final class JdbcValues {

    private JdbcValues() {}

    /**
     * The instant as PostgreSQL keeps it: {@code timestamptz} holds microseconds. Truncating before storing, on
     * every path, keeps the stored order the order the domain saw (the driver would round instead).
     */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return stored(instant).atOffset(ZoneOffset.UTC);
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** The column at this position (from 1); positions spare a cursor over millions of rows the look-up by name. */
    public static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    public static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static @Nullable Level level(ResultSet rs, String column) throws SQLException {
        return level(rs, rs.findColumn(column));
    }

    public static @Nullable Level level(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : Level.of(value);
    }

    public static @Nullable Interest interest(ResultSet rs, String column) throws SQLException {
        return interest(rs, rs.findColumn(column));
    }

    public static @Nullable Interest interest(ResultSet rs, int column) throws SQLException {
        var value = rs.getString(column);
        return value == null ? null : Interest.valueOf(value);
    }
}
