package org.skillsmatrix.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.DatabaseOutage;
import org.skillsmatrix.domain.notification.ReadNotifications;

/**
 * Gives every UI its language, so texts, dates and numbers read as the person writes them: the language the
 * signed-in person chose (stored for them, so it follows them to any browser they sign in on), else the one
 * chosen on this browser before signing in (a cookie), else the one the browser asks for. A language without a
 * bundle of its own falls back to the default (English) file for its texts.
 */
public class BrowserLocale implements VaadinServiceInitListener {

    /** The cookie that holds the language chosen from the menu, as a language tag such as {@code de}. */
    public static final String COOKIE = "skills-matrix-language";

    private final CurrentUser currentUser;
    private final ReadNotifications notifications;

    public BrowserLocale(CurrentUser currentUser, ReadNotifications notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var locale = of(personsLanguage(), VaadinRequest.getCurrent());
            if (locale != null) {
                init.getUI().setLocale(locale);
            }
        });
    }

    private @Nullable String personsLanguage() {
        try {
            return currentUser
                    .actorIfSignedIn()
                    .map(actor -> notifications.settings(actor).language())
                    .orElse(null);
        } catch (AccessDenied noSettings) {
            // someone signed in without a role keeps no settings: the browser decides
            return null;
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCauseOf(failure)) {
                throw failure;
            }
            // while the database is out of reach the page says so, in the browser's language
            return null;
        }
    }

    static @Nullable Locale of(@Nullable String personsLanguage, @Nullable VaadinRequest request) {
        if (personsLanguage != null) {
            return Locale.of(personsLanguage);
        }
        if (request == null) {
            return null;
        }
        var chosen = request.getCookies() == null
                ? null
                : Arrays.stream(request.getCookies())
                        .filter(cookie -> cookie.getName().equals(COOKIE))
                        .map(cookie -> Locale.forLanguageTag(cookie.getValue()))
                        .filter(locale -> !locale.getLanguage().isEmpty())
                        .findFirst()
                        .orElse(null);
        if (chosen != null) {
            return chosen;
        }
        var asked = request.getLocale();
        return asked == null || asked.getLanguage().isEmpty() ? null : asked;
    }
}
