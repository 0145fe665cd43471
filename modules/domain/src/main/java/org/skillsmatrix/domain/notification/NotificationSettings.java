package org.skillsmatrix.domain.notification;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;

/**
 * How a person wants to be notified.
 *
 * @param email whether their notifications are also sent by e-mail (where the application has a mail server)
 * @param language the language of their e-mails, as an IETF language tag; absent: the application's default
 */
public record NotificationSettings(
        PersonId person, boolean email, @Nullable String language) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public NotificationSettings {
        Objects.requireNonNull(person, "person");
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new InvalidInput("language", "language.unknown", language);
        }
    }

    public static NotificationSettings defaults(PersonId person) {
        return new NotificationSettings(person, true, null);
    }
}
