package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Lets a person choose the language of the UI among those the bundles hold. The choice is stored for the
 * person (the same language their e-mails use), so it follows them to any browser they sign in on, and kept in
 * a cookie for a year for this browser's sign-in page; the page then reloads in the chosen language. Until they
 * choose, the browser's language decides.
 */
public final class LanguageMenu extends MenuBar {

    public LanguageMenu(List<Locale> languages, Consumer<Locale> store) {
        setId("language-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        var current = getLocale() == null ? Locale.ENGLISH : getLocale();
        var item = addItem(VaadinIcon.GLOBE.create());
        item.setAriaLabel(getTranslation("language.menu"));
        for (var language : languages) {
            var choice = item.getSubMenu().addItem(language.getDisplayName(language), event -> {
                store.accept(language);
                show(language);
            });
            choice.setCheckable(true);
            choice.setChecked(language.getLanguage().equals(current.getLanguage()));
        }
    }

    /** English, whose texts are the default file, and every language a bundle file of its own holds. */
    public static List<Locale> available() {
        var languages = new LinkedHashSet<Locale>();
        languages.add(Locale.ENGLISH);
        var service = VaadinService.getCurrent();
        var provider = service == null ? null : service.getInstantiator().getI18NProvider();
        if (provider != null) {
            provider.getProvidedLocales().stream()
                    .map(locale -> Locale.of(locale.getLanguage()))
                    .filter(locale -> !locale.getLanguage().isEmpty())
                    .forEach(languages::add);
        }
        return List.copyOf(languages);
    }

    /**
     * Shows the UI in a language the person chose, remembering it in this browser's cookie, or, with none, in the
     * language the browser asks for; the page reloads in it.
     */
    public static void show(@Nullable Locale language) {
        var request = VaadinService.getCurrentRequest();
        var cookie = new Cookie(BrowserLocale.COOKIE, language == null ? "" : language.toLanguageTag());
        cookie.setMaxAge(language == null ? 0 : 365 * 24 * 60 * 60);
        cookie.setPath(request.getContextPath() + "/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        VaadinService.getCurrentResponse().addCookie(cookie);
        var ui = UI.getCurrent();
        if (language != null) {
            ui.setLocale(language);
        }
        ui.getPage().reload();
    }
}
