package org.skillsmatrix.domain.notification;

import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.Texts;

/**
 * What makes a reminder the same reminder: stored once per key, so a second run, a restart or a second node never
 * sends it again.
 *
 * @param subject what it is about, e.g. a goal's id; empty for a digest
 * @param period when it applies, e.g. a goal's due date or a digest's week
 */
public record ReminderKey(PersonId recipient, NotificationKind kind, String subject, String period) {

    public static final int MAX_SUBJECT = 100;
    public static final int MAX_PERIOD = 20;

    public ReminderKey {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("A reminder's subject is at most " + MAX_SUBJECT + " characters");
        }
        period = Texts.requireLine(period, "period", MAX_PERIOD);
    }
}
