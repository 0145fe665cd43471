package org.skillsmatrix.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Gives every UI the language the person chose from the language menu (a cookie), else the one the browser
 * asks for, so texts, dates and numbers read as the person writes them. A language without a bundle of its own
 * falls back to the default (English) file for its texts.
 */
public class BrowserLocale implements VaadinServiceInitListener {

    /** The cookie that holds the language chosen from the menu, as a language tag such as {@code de}. */
    public static final String COOKIE = "skills-matrix-language";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var locale = of(VaadinRequest.getCurrent());
            if (locale != null) {
                init.getUI().setLocale(locale);
            }
        });
    }

    static @Nullable Locale of(@Nullable VaadinRequest request) {
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
