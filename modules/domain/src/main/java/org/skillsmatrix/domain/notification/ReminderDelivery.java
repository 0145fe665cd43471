package org.skillsmatrix.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.Person;

/**
 * Stores each reminder once, by its key, in its recipient's in-app list, then mails it to a recipient who keeps
 * e-mail on. Each notification is stored, in a transaction of its own, before it is mailed, so a reminder whose key
 * is already stored (by an earlier run, or another node) is never mailed again, and a failing mail server loses no
 * in-app notification.
 */
public class ReminderDelivery {

    private static final System.Logger LOG = System.getLogger(ReminderDelivery.class.getName());

    private final Notifications notifications;
    private final Mailer mailer;

    public ReminderDelivery(Notifications notifications, Mailer mailer) {
        this.notifications = notifications;
        this.mailer = mailer;
    }

    /**
     * Delivers the reminders as of {@code now}.
     *
     * @param recipients the people the reminders are for, by id
     */
    public ReminderRun deliver(List<Reminder> reminders, Map<PersonId, Person> recipients, Instant now) {
        int stored = 0;
        int mailed = 0;
        int failed = 0;
        for (var reminder : reminders) {
            var added = notifications.addOnce(reminder.toNotification(now));
            if (added.isEmpty()) {
                continue;
            }
            stored++;
            var recipient = recipients.get(reminder.key().recipient());
            if (!mailer.configured() || recipient == null) {
                continue;
            }
            var settings = notifications.settings(recipient.id());
            if (!settings.email()) {
                continue;
            }
            try {
                mailer.send(recipient, settings, added.get());
                mailed++;
            } catch (RuntimeException e) {
                failed++;
                LOG.log(
                        System.Logger.Level.WARNING,
                        "A reminder ({0}) stays in the app only: the mail server did not take it: {1}",
                        reminder.key().kind(),
                        e.getMessage());
            }
        }
        return new ReminderRun(reminders.size(), stored, mailed, failed);
    }
}
