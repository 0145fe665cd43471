package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The bell in the top bar: opens the notifications, with the number of unread ones beside it while there are any. */
public final class NotificationBell extends Button {

    private final Span count = new Span();

    public NotificationBell() {
        super(VaadinIcon.BELL.create());
        setId("notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.getElement().getThemeList().addAll(java.util.List.of("badge", "error", "pill", "small"));
        count.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(count);
        addClickListener(event -> getUI().ifPresent(ui -> ui.navigate(ViewRoutes.NOTIFICATIONS)));
        show(0);
    }

    /** Shows how many are unread: the number, and the bell's name for screen readers. */
    public void show(long unread) {
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        var label = unread == 0
                ? getTranslation("notifications.bell")
                : getTranslation("notifications.bell.unread", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    public String count() {
        return count.isVisible() ? count.getText() : "";
    }
}
