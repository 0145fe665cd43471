package org.skillsmatrix.domain.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reminder as its recipient reads it, in the app and by e-mail.
 *
 * @param items what it names, e.g. the skills of a goal or the people and skills waiting for validation
 * @param date the date it is about, e.g. when a goal is due; absent for a digest
 * @param link where to act, a path within the application ("" is My skills)
 * @param readAt when the recipient marked it read; absent while unread
 */
public record Notification(
        UUID id,
        ReminderKey key,
        List<String> items,
        @Nullable LocalDate date,
        String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        items = List.copyOf(items);
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public NotificationKind kind() {
        return key.kind();
    }

    public boolean read() {
        return readAt != null;
    }
}
