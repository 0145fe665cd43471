package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;

/** The buttons of a row of a team's targets of any kind: change it, remove it (after a confirmation). */
final class TargetActions extends HorizontalLayout {

    /** {@code name} names what the target is set for, for screen readers. */
    TargetActions(String name, SerializableRunnable change, SerializableRunnable remove) {
        var edit = new Button(VaadinIcon.EDIT.create(), event -> change.run());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        edit.setAriaLabel(getTranslation("targets.change.aria", name));
        edit.setTooltipText(getTranslation("targets.change"));
        var trash = new Button(VaadinIcon.TRASH.create(), event -> remove.run());
        trash.addThemeVariants(
                ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_TERTIARY,
                ButtonVariant.LUMO_ICON,
                ButtonVariant.LUMO_ERROR);
        trash.setAriaLabel(getTranslation("targets.remove.aria", name));
        trash.setTooltipText(getTranslation("targets.remove"));
        add(edit, trash);
        setSpacing(false);
    }
}
