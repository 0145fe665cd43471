package org.skillsmatrix.domain.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationSettings;
import org.skillsmatrix.domain.notification.Notifications;
import org.skillsmatrix.domain.notification.ReminderKey;

/** {@link Notifications} in memory, one per key. */
public class InMemoryNotifications implements Notifications {

    private final Map<ReminderKey, Notification> byKey = new LinkedHashMap<>();
    private final Map<PersonId, NotificationSettings> settings = new HashMap<>();

    @Override
    public synchronized Optional<Notification> addOnce(Notification notification) {
        if (byKey.putIfAbsent(notification.key(), notification) != null) {
            return Optional.empty();
        }
        return Optional.of(notification);
    }

    @Override
    public synchronized List<Notification> of(PersonId recipient, int limit) {
        return byKey.values().stream()
                .filter(notification -> notification.key().recipient().equals(recipient))
                .sorted(Comparator.comparing(Notification::createdAt)
                        .reversed()
                        .thenComparing(notification -> notification.id().toString()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long unread(PersonId recipient) {
        return byKey.values().stream()
                .filter(notification -> notification.key().recipient().equals(recipient) && !notification.read())
                .count();
    }

    @Override
    public synchronized boolean markRead(PersonId recipient, UUID id, Instant at) {
        for (var entry : byKey.entrySet()) {
            var notification = entry.getValue();
            if (notification.id().equals(id) && notification.key().recipient().equals(recipient)) {
                if (!notification.read()) {
                    entry.setValue(readAt(notification, at));
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized int markAllRead(PersonId recipient, Instant at) {
        int marked = 0;
        for (var entry : byKey.entrySet()) {
            var notification = entry.getValue();
            if (notification.key().recipient().equals(recipient) && !notification.read()) {
                entry.setValue(readAt(notification, at));
                marked++;
            }
        }
        return marked;
    }

    @Override
    public synchronized NotificationSettings settings(PersonId person) {
        return settings.getOrDefault(person, NotificationSettings.defaults(person));
    }

    @Override
    public synchronized void save(NotificationSettings saved) {
        settings.put(saved.person(), saved);
    }

    private static Notification readAt(Notification notification, Instant at) {
        return new Notification(
                notification.id(),
                notification.key(),
                notification.items(),
                notification.date(),
                notification.link(),
                notification.createdAt(),
                at);
    }
}
