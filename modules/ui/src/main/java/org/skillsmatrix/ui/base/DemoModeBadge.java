package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.Tooltip;

/** Says, on every page, that sign-in uses local demo accounts rather than the identity provider. */
public final class DemoModeBadge extends Badge {

    public DemoModeBadge() {
        setText(getTranslation("demo-mode.badge"));
        setIcon(VaadinIcon.WARNING.create());
        addThemeVariants(BadgeVariant.WARNING, BadgeVariant.FILLED);
        setId("demo-mode-badge");
        Tooltip.forComponent(this).setText(getTranslation("demo-mode.tooltip"));
    }

    /** On a tablet or a phone the badge says just "Demo"; its tooltip still says the rest. */
    void shorten(boolean shortened) {
        setText(getTranslation(shortened ? "demo-mode.badge.short" : "demo-mode.badge"));
    }
}
