package org.skillsmatrix.domain.testing;

import java.util.ArrayList;
import java.util.List;
import org.skillsmatrix.domain.notification.Mailer;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationSettings;
import org.skillsmatrix.domain.people.Person;

/** A {@link Mailer} that keeps what it was asked to send; configured or not, failing or not, as a test sets. */
public class RecordingMailer implements Mailer {

    /** One mail asked for. */
    public record Sent(Person recipient, NotificationSettings settings, Notification notification) {}

    private final List<Sent> sent = new ArrayList<>();
    private boolean configured = true;
    private boolean failing;

    public synchronized void configured(boolean isConfigured) {
        configured = isConfigured;
    }

    public synchronized void failing(boolean isFailing) {
        failing = isFailing;
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public synchronized boolean configured() {
        return configured;
    }

    @Override
    public synchronized void send(Person recipient, NotificationSettings settings, Notification notification) {
        if (failing) {
            throw new IllegalStateException("the mail server is down");
        }
        sent.add(new Sent(recipient, settings, notification));
    }
}
