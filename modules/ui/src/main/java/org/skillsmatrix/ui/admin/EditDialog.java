package org.skillsmatrix.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.Optional;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.conflict.LastChange;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.FormErrors;

/**
 * A dialog that edits one record of an admin view: checks its fields first, then stores through a use case, and the
 * view reloads and says it saved; invalid input shows at its field, and a record someone else changed meanwhile shows
 * who did and offers to reload the view.
 */
abstract class EditDialog extends Dialog {

    final Button save = new Button();
    final Button cancel = new Button();
    final FormErrors errors = new FormErrors(this::getTranslation);
    final VerticalLayout content = new VerticalLayout();
    private final Dates dates;
    private final SerializableSupplier<Optional<LastChange>> explainer;
    private final SerializableRunnable reload;

    EditDialog(
            String id,
            String title,
            Dates dates,
            SerializableSupplier<Optional<LastChange>> explainer,
            SerializableRunnable reload) {
        this.dates = dates;
        this.explainer = explainer;
        this.reload = reload;
        setId(id);
        setHeaderTitle(title);
        setWidth("min(36rem, 100vw)");
        content.setPadding(false);
        content.add(errors.banner());
        add(content);
        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        cancel.setText(getTranslation("admin.cancel"));
        cancel.addClickListener(event -> close());
        getFooter().add(cancel, save);
    }

    /** Checks the fields before asking the domain, marking what is wrong; true where all is well. */
    abstract boolean check();

    /** Stores the record through its use case; throws the domain's errors. */
    abstract void store();

    /** A message of the bundle for invalid input the domain found, where the form knows its one reason. */
    Optional<String> message(InvalidInput invalid) {
        return Optional.empty();
    }

    void save() {
        errors.clear();
        if (!check()) {
            return;
        }
        try {
            store();
            close();
            reload.run();
            AdminViews.saved(getTranslation("admin.saved"));
        } catch (ConcurrentEdit e) {
            content.getChildren()
                    .filter(ConflictNotice.class::isInstance)
                    .toList()
                    .forEach(content::remove);
            save.setEnabled(false);
            content.addComponentAsFirst(new ConflictNotice(explainer.get(), dates, () -> {
                close();
                reload.run();
            }));
        } catch (InvalidInput e) {
            var known = message(e);
            if (known.isPresent()) {
                errors.invalid(e.field(), known.get());
            } else {
                errors.show(e);
            }
        } catch (DomainException e) {
            errors.show(e);
        }
    }

    /** A required single-line name: present and not too long, else a message at the field. */
    boolean checkName(TextField field, String name, int max) {
        var value = field.getValue().strip();
        if (value.isEmpty()) {
            errors.invalid(name, getTranslation("admin.error.required"));
            return false;
        }
        if (value.length() > max) {
            errors.invalid(name, getTranslation("admin.error.too-long", max));
            return false;
        }
        return true;
    }

    boolean checkLength(TextArea field, String name, int max) {
        if (field.getValue().strip().length() > max) {
            errors.invalid(name, getTranslation("admin.error.too-long", max));
            return false;
        }
        return true;
    }

    static TextField textField(String label, int max) {
        var field = new TextField(label);
        field.setMaxLength(max);
        field.setWidthFull();
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    static TextArea textArea(String label, int max) {
        var field = new TextArea(label);
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }
}
