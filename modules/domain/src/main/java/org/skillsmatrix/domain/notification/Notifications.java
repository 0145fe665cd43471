package org.skillsmatrix.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillsmatrix.domain.base.PersonId;

/** Port: the notifications people have been sent, each stored once per {@link ReminderKey}. */
public interface Notifications {

    /**
     * Stores the notification unless one with the same key is stored (by this or any other node, at once or
     * before): the stored notification, or empty when its key was taken.
     */
    Optional<Notification> addOnce(Notification notification);

    /** The recipient's newest notifications first, at most {@code limit}. */
    List<Notification> of(PersonId recipient, int limit);

    long unread(PersonId recipient);

    /** Marks the recipient's notification read; false when they have none with this id. */
    boolean markRead(PersonId recipient, UUID id, Instant at);

    /** Marks all the recipient's unread notifications read, and says how many. */
    int markAllRead(PersonId recipient, Instant at);

    /** The person's settings; the defaults (e-mail on, no language chosen) when they saved none. */
    NotificationSettings settings(PersonId person);

    void save(NotificationSettings settings);
}
