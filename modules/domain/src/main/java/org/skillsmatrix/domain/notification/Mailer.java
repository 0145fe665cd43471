package org.skillsmatrix.domain.notification;

import org.skillsmatrix.domain.people.Person;

/** Port: sends a notification by e-mail, in the recipient's language where they chose one. */
public interface Mailer {

    /** False where no mail server is configured: nothing is sent, the in-app list still works. */
    boolean configured();

    /** Sends it; fails with an unchecked exception when the mail server does not take it. */
    void send(Person recipient, NotificationSettings settings, Notification notification);
}
