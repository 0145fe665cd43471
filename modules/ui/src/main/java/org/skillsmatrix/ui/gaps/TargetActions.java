package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * The buttons of a row of a team's targets of any kind: change it, remove it (after a confirmation). The browser
 * draws them from the row's data, so a row costs the server no component.
 */
final class TargetActions {

    static final String CHANGE = "change";
    static final String REMOVE = "remove";
    static final String CHANGE_LABEL = "changeLabel";
    static final String REMOVE_LABEL = "removeLabel";

    private static final String TEMPLATE = """
            <vaadin-horizontal-layout>\
            <vaadin-button theme="small tertiary icon" aria-label=${item.changeLabel} @click=${change}>\
            <vaadin-icon icon="vaadin:edit"></vaadin-icon>\
            <vaadin-tooltip slot="tooltip" text=${item.changeTooltip}></vaadin-tooltip></vaadin-button>\
            <vaadin-button theme="small tertiary icon error" aria-label=${item.removeLabel} @click=${remove}>\
            <vaadin-icon icon="vaadin:trash"></vaadin-icon>\
            <vaadin-tooltip slot="tooltip" text=${item.removeTooltip}></vaadin-tooltip></vaadin-button>\
            </vaadin-horizontal-layout>""";

    private TargetActions() {}

    /**
     * {@code name} names what a row's target is set for, for screen readers; {@code maySet} guards the buttons' calls,
     * as the column shows only to who may set targets.
     */
    static <T> LitRenderer<T> of(
            Component view,
            SerializableFunction<T, String> name,
            SerializableSupplier<Boolean> maySet,
            SerializableConsumer<T> change,
            SerializableConsumer<T> remove) {
        var changeTooltip = view.getTranslation("targets.change");
        var removeTooltip = view.getTranslation("targets.remove");
        return LitRenderer.<T>of(TEMPLATE)
                .withProperty(CHANGE_LABEL, row -> view.getTranslation("targets.change.aria", name.apply(row)))
                .withProperty(REMOVE_LABEL, row -> view.getTranslation("targets.remove.aria", name.apply(row)))
                .withProperty("changeTooltip", row -> changeTooltip)
                .withProperty("removeTooltip", row -> removeTooltip)
                .withFunction(CHANGE, row -> {
                    if (maySet.get()) {
                        change.accept(row);
                    }
                })
                .withFunction(REMOVE, row -> {
                    if (maySet.get()) {
                        remove.accept(row);
                    }
                });
    }
}
