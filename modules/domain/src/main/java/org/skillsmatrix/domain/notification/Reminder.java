package org.skillsmatrix.domain.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A reminder selected to be sent: a notification not stored yet. */
public record Reminder(
        ReminderKey key, List<String> items, @Nullable LocalDate date, String link) {

    public Reminder {
        Objects.requireNonNull(key, "key");
        items = List.copyOf(items);
        Objects.requireNonNull(link, "link");
    }

    public Notification toNotification(Instant at) {
        return new Notification(UUID.randomUUID(), key, items, date, link, at, null);
    }
}
