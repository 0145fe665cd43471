package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;

/** Asks before a team's target of any kind is removed: "Remove the target for …?". */
final class RemoveTargetDialog extends ConfirmDialog {

    /** {@code name} names what the target is set for; {@code textKey} is the bundle's key of the question's text. */
    RemoveTargetDialog(String id, String name, String textKey, SerializableRunnable remove) {
        setId(id);
        setHeader(getTranslation("targets.remove.title", name));
        setText(getTranslation(textKey, name));
        setCancelable(true);
        setCancelText(getTranslation("targets.cancel"));
        setConfirmText(getTranslation("targets.remove"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(event -> remove.run());
    }
}
