package org.skillsmatrix.api.base;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.springframework.http.HttpHeaders;

/**
 * The language to write for an API caller in, e.g. a report's: the one the person chose (stored with their
 * settings, the same as their pages' and e-mails'), else the request's Accept-Language, else English.
 */
public final class CallerLanguage {

    private CallerLanguage() {}

    public static Locale of(ReadNotifications notifications, Actor actor, HttpServletRequest request) {
        try {
            var chosen = notifications.settings(actor).language();
            if (chosen != null) {
                return Locale.forLanguageTag(chosen);
            }
        } catch (AccessDenied noSettings) {
            // someone who keeps no settings: the request decides
        }
        var asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (asked == null
                || asked.isBlank()
                || request.getLocale().getLanguage().isEmpty()) {
            return Locale.ENGLISH;
        }
        return request.getLocale();
    }
}
