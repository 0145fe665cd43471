package org.skillsmatrix.domain.notification;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.ReadOnly;

/**
 * Use case: a person reads their notifications, marks them read, and chooses whether they are e-mailed too and
 * their language, the one language of their e-mails and of the web UI wherever they sign in.
 */
@Transactional
public class ReadNotifications {

    /** How many of the newest notifications the list shows. */
    public static final int SHOWN = 50;

    private final Notifications notifications;
    private final AccessPolicy policy;
    private final Clock clock;

    public ReadNotifications(Notifications notifications, AccessPolicy policy, Clock clock) {
        this.notifications = notifications;
        this.policy = policy;
        this.clock = clock;
    }

    /** The actor's newest notifications, at most {@link #SHOWN}, unread and read. */
    @ReadOnly
    public List<Notification> list(Actor actor) {
        check(actor);
        return notifications.of(actor.person(), SHOWN);
    }

    @ReadOnly
    public long unread(Actor actor) {
        check(actor);
        return notifications.unread(actor.person());
    }

    /** Marks one of the actor's notifications read; NotFound when they have none with this id. */
    public void markRead(Actor actor, UUID id) {
        check(actor);
        if (!notifications.markRead(actor.person(), id, clock.instant())) {
            throw new NotFound("notification", id);
        }
    }

    /** Marks all the actor's notifications read; how many were unread. */
    public int markAllRead(Actor actor) {
        check(actor);
        return notifications.markAllRead(actor.person(), clock.instant());
    }

    @ReadOnly
    public NotificationSettings settings(Actor actor) {
        check(actor);
        return notifications.settings(actor.person());
    }

    /**
     * Saves whether the actor's notifications are e-mailed too, and in which language (absent: the
     * application's default).
     */
    public NotificationSettings save(Actor actor, boolean email, @Nullable String language) {
        check(actor);
        var settings = new NotificationSettings(actor.person(), email, language);
        notifications.save(settings);
        return settings;
    }

    /**
     * Saves the actor's language (absent: their browser's decides the UI's, the application's default the
     * e-mails'), keeping whether they are e-mailed.
     */
    public NotificationSettings chooseLanguage(Actor actor, @Nullable String language) {
        check(actor);
        var settings = new NotificationSettings(
                actor.person(), notifications.settings(actor.person()).email(), language);
        notifications.save(settings);
        return settings;
    }

    private void check(Actor actor) {
        policy.check(actor, new Action.ReadNotifications(actor.person()));
    }
}
