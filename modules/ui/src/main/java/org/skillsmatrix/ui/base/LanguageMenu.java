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

/**
 * Lets a person choose the language of the UI among those the bundles hold. The choice is kept in a cookie
 * for a year, so it outlasts the session, and the page reloads in the chosen language; without a choice the
 * browser's language decides.
 */
public final class LanguageMenu extends MenuBar {

    public LanguageMenu(List<Locale> languages) {
        setId("language-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        var current = getLocale() == null ? Locale.ENGLISH : getLocale();
        var item = addItem(VaadinIcon.GLOBE.create());
        item.setAriaLabel(getTranslation("language.menu"));
        for (var language : languages) {
            var choice = item.getSubMenu().addItem(language.getDisplayName(language), event -> choose(language));
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

    private static void choose(Locale language) {
        var cookie = new Cookie(BrowserLocale.COOKIE, language.toLanguageTag());
        cookie.setMaxAge(365 * 24 * 60 * 60);
        cookie.setPath(VaadinService.getCurrentRequest().getContextPath() + "/");
        cookie.setHttpOnly(true);
        cookie.setSecure(VaadinService.getCurrentRequest().isSecure());
        VaadinService.getCurrentResponse().addCookie(cookie);
        var ui = UI.getCurrent();
        ui.setLocale(language);
        ui.getPage().reload();
    }
}
