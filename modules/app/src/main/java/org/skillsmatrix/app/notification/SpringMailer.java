package org.skillsmatrix.app.notification;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.skillsmatrix.domain.notification.Mailer;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationKind;
import org.skillsmatrix.domain.notification.NotificationSettings;
import org.skillsmatrix.domain.notification.SummaryFigure;
import org.skillsmatrix.domain.people.Person;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mails notifications through Spring's mail support, to the SMTP server {@code spring.mail.*} names; without one
 * nothing is sent. Texts come from the {@code mail/notifications} bundle, in the recipient's language where they
 * chose one, else in English.
 */
class SpringMailer implements Mailer {

    private static final String BUNDLE = "mail.notifications";

    /** How many of a digest's items a mail names; it says how many more there are. */
    static final int ITEMS_MAILED = 20;

    private final ObjectProvider<JavaMailSender> sender;
    private final ReminderProperties properties;

    SpringMailer(ObjectProvider<JavaMailSender> sender, ReminderProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public void send(Person recipient, NotificationSettings settings, Notification notification) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return;
        }
        var language = settings.language();
        var locale = language == null ? Locale.ENGLISH : Locale.of(language);
        var texts = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(recipient.email());
        message.setSubject(format(texts, subjectKey(notification), locale, subjectArguments(notification, locale)));
        message.setText(body(texts, locale, recipient, notification));
        mailSender.send(message);
    }

    private String body(ResourceBundle texts, Locale locale, Person recipient, Notification notification) {
        var body = new StringBuilder();
        body.append(format(texts, "mail.greeting", locale, recipient.name())).append("\n\n");
        body.append(format(texts, introKey(notification), locale, subjectArguments(notification, locale)))
                .append("\n\n");
        var items = notification.items();
        items.stream()
                .limit(ITEMS_MAILED)
                .forEach(item -> body.append("  - ")
                        .append(item(texts, locale, notification, item))
                        .append('\n'));
        if (items.size() > ITEMS_MAILED) {
            body.append(format(texts, "mail.more", locale, items.size() - ITEMS_MAILED))
                    .append('\n');
        }
        body.append('\n');
        body.append(format(texts, "mail.open", locale, properties.link(notification.link())))
                .append("\n\n-- \n");
        body.append(format(texts, "mail.why", locale, properties.link("notifications")))
                .append('\n');
        return body.toString();
    }

    private static String subjectKey(Notification notification) {
        return switch (notification.kind()) {
            case GOAL_DUE -> "mail.goal-due.subject";
            case VALIDATIONS_WAITING -> "mail.validations-waiting.subject";
            case RATINGS_STALE -> "mail.ratings-stale.subject";
            case CERTIFICATE_EXPIRING -> "mail.certificate-expiring.subject";
            case CERTIFICATE_EXPIRED -> "mail.certificate-expired.subject";
            case CERTIFICATES_EXPIRING -> "mail.certificates-expiring.subject";
            case TARGET_UNMET -> "mail.target-unmet.subject";
            case ORGANISATION_SUMMARY -> "mail.organisation-summary.subject";
        };
    }

    private static String introKey(Notification notification) {
        return switch (notification.kind()) {
            case GOAL_DUE -> "mail.goal-due.intro";
            case VALIDATIONS_WAITING -> "mail.validations-waiting.intro";
            case RATINGS_STALE -> "mail.ratings-stale.intro";
            case CERTIFICATE_EXPIRING -> "mail.certificate-expiring.intro";
            case CERTIFICATE_EXPIRED -> "mail.certificate-expired.intro";
            case CERTIFICATES_EXPIRING -> "mail.certificates-expiring.intro";
            case TARGET_UNMET -> "mail.target-unmet.intro";
            case ORGANISATION_SUMMARY -> "mail.organisation-summary.intro";
        };
    }

    private static Object[] subjectArguments(Notification notification, Locale locale) {
        var date = notification.date();
        var formatted = date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
        return switch (notification.kind()) {
            case GOAL_DUE, CERTIFICATE_EXPIRING, CERTIFICATE_EXPIRED, TARGET_UNMET ->
                new Object[] {String.join(", ", notification.items()), formatted};
            case VALIDATIONS_WAITING, RATINGS_STALE, CERTIFICATES_EXPIRING ->
                new Object[] {notification.items().size()};
            case ORGANISATION_SUMMARY -> new Object[] {formatted};
        };
    }

    /** An item as the mail names it: the summary's figures in the recipient's words, any other as stored. */
    private static String item(ResourceBundle texts, Locale locale, Notification notification, String item) {
        if (notification.kind() != NotificationKind.ORGANISATION_SUMMARY) {
            return item;
        }
        var figure = SummaryFigure.parse(item);
        return format(
                texts,
                "mail.organisation-summary." + figure.name(),
                locale,
                figure.values().toArray());
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
