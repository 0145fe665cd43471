package org.skillsmatrix.persistence.notification;

import static org.skillsmatrix.persistence.base.JdbcValues.instant;
import static org.skillsmatrix.persistence.base.JdbcValues.timestamp;
import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationKind;
import org.skillsmatrix.domain.notification.NotificationSettings;
import org.skillsmatrix.domain.notification.Notifications;
import org.skillsmatrix.domain.notification.ReminderKey;
import org.skillsmatrix.persistence.base.JdbcValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Notifications} port on {@code notification} and {@code notification_setting}. The reminder key's unique
 * constraint makes a notification stored once: an insert whose key is taken, even by a transaction of another node
 * committing at the same moment, does nothing.
 */
@Repository
@Transactional
class SqlNotifications implements Notifications {

    private static final String COLUMNS =
            "id, recipient_id, kind, subject, period, items, date, link, created_at, read_at";

    private final JdbcTemplate jdbc;

    SqlNotifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Notification> addOnce(Notification notification) {
        var key = notification.key();
        int added = jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into notification (" + COLUMNS + ")"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (recipient_id, kind, subject, period) do nothing");
            insert.setObject(1, notification.id());
            insert.setObject(2, key.recipient().value());
            insert.setString(3, key.kind().name());
            insert.setString(4, key.subject());
            insert.setString(5, key.period());
            insert.setArray(
                    6, connection.createArrayOf("text", notification.items().toArray()));
            insert.setObject(7, notification.date());
            insert.setString(8, notification.link());
            insert.setObject(9, timestamp(notification.createdAt()));
            var readAt = notification.readAt();
            insert.setObject(10, readAt == null ? null : timestamp(readAt));
            return insert;
        });
        return added == 1 ? Optional.of(stored(notification)) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notification> of(PersonId recipient, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from notification where recipient_id = ?"
                        + " order by created_at desc, id limit ?",
                SqlNotifications::notification,
                recipient.value(),
                limit);
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(PersonId recipient) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ? and read_at is null",
                Long.class,
                recipient.value()));
    }

    @Override
    public boolean markRead(PersonId recipient, UUID id, Instant at) {
        int found = jdbc.update(
                "update notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?",
                timestamp(at),
                id,
                recipient.value());
        return found == 1;
    }

    @Override
    public int markAllRead(PersonId recipient, Instant at) {
        return jdbc.update(
                "update notification set read_at = ? where recipient_id = ? and read_at is null",
                timestamp(at),
                recipient.value());
    }

    @Override
    @Transactional(readOnly = true)
    public NotificationSettings settings(PersonId person) {
        return jdbc
                .query(
                        "select email, language from notification_setting where person_id = ?",
                        (rs, row) -> new NotificationSettings(person, rs.getBoolean("email"), rs.getString("language")),
                        person.value())
                .stream()
                .findFirst()
                .orElseGet(() -> NotificationSettings.defaults(person));
    }

    @Override
    public void save(NotificationSettings settings) {
        jdbc.update("""
                insert into notification_setting (person_id, email, language) values (?, ?, ?)
                on conflict (person_id) do update set email = excluded.email, language = excluded.language""", settings.person().value(), settings.email(), settings.language());
    }

    /** As read back: instants at the microseconds PostgreSQL keeps. */
    private static Notification stored(Notification notification) {
        var readAt = notification.readAt();
        return new Notification(
                notification.id(),
                notification.key(),
                notification.items(),
                notification.date(),
                notification.link(),
                JdbcValues.stored(notification.createdAt()),
                readAt == null ? null : JdbcValues.stored(readAt));
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        var items = (String[]) rs.getArray("items").getArray();
        return new Notification(
                uuid(rs, "id"),
                new ReminderKey(
                        new PersonId(uuid(rs, "recipient_id")),
                        NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("subject"),
                        rs.getString("period")),
                Arrays.asList(items),
                rs.getObject("date", LocalDate.class),
                rs.getString("link"),
                Objects.requireNonNull(instant(rs, "created_at")),
                instant(rs, "read_at"));
    }
}
