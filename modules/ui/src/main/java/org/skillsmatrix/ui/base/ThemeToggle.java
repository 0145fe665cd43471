package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinSession;

/** Switches between Lumo's light and dark variants; the choice lasts for the session. */
public final class ThemeToggle extends Button {

    private static final String SESSION_KEY = ThemeToggle.class.getName() + ".dark";

    public ThemeToggle() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setId("theme-toggle");
        addClickListener(event -> apply(!dark()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (dark()) {
            event.getUI().getPage().setColorScheme(ColorScheme.Value.DARK);
        }
        show(dark());
    }

    private void apply(boolean dark) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, dark);
        getUI().ifPresent(ui -> ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT));
        show(dark);
    }

    private void show(boolean dark) {
        var label = getTranslation(dark ? "theme.light" : "theme.dark");
        setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        setAriaLabel(label);
        setTooltipText(label);
    }

    private static boolean dark() {
        var session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_KEY));
    }
}
