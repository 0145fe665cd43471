package org.skillsmatrix.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** What the admin views share: small icon buttons and the notices after a change. */
final class AdminViews {

    private AdminViews() {}

    static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    static Button addButton(String text, String id, Runnable action) {
        var button = new Button(text, VaadinIcon.PLUS.create(), event -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    static void saved(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
