package org.skillsmatrix.ui.admin;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.Optional;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.Texts;
import org.skillsmatrix.domain.conflict.LastChange;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.FormBinder;

/**
 * A dialog that edits one record of an admin view: its binder checks the fields and writes them to the form, which is
 * stored through a use case, and the view reloads and says it saved; invalid input shows at its field, and a record
 * someone else changed meanwhile shows who did and offers to reload the view.
 */
abstract class EditDialog<F> extends Dialog {

    final Button save = new Button();
    final Button cancel = new Button();
    final FormBinder<F> binder = new FormBinder<>(this::getTranslation);
    final VerticalLayout content = new VerticalLayout();
    private final F form;
    private final Dates dates;
    private final SerializableSupplier<Optional<LastChange>> explainer;
    private final SerializableRunnable reload;

    EditDialog(
            F form,
            String id,
            String title,
            Dates dates,
            SerializableSupplier<Optional<LastChange>> explainer,
            SerializableRunnable reload) {
        this.form = form;
        this.dates = dates;
        this.explainer = explainer;
        this.reload = reload;
        setId(id);
        setHeaderTitle(title);
        setWidth("min(36rem, 100vw)");
        content.setPadding(false);
        content.add(binder.banner());
        add(content);
        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        cancel.setText(getTranslation("admin.cancel"));
        cancel.addClickListener(event -> close());
        getFooter().add(cancel, save);
    }

    /** Stores the form through its use case; throws the domain's errors. */
    abstract void store(F form);

    void save() {
        if (!binder.writeIfValid(form)) {
            return;
        }
        try {
            store(form);
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
        } catch (DomainException e) {
            binder.show(e);
        }
    }

    /**
     * A required name by the domain's rule for names: present, within {@code max} characters and of visible
     * characters; a name the domain refuses on saving is taken already.
     */
    Binder.BindingBuilder<F, String> uniqueName(String domainField, HasValue<?, String> field, int max) {
        return requiredName(
                binder.forField(
                        domainField,
                        field,
                        () -> getTranslation(
                                "admin.error.name-taken", field.getValue().strip())),
                domainField,
                max);
    }

    /**
     * A required name by the domain's rule for names: present, within {@code max} characters and of visible
     * characters.
     */
    Binder.BindingBuilder<F, String> name(String domainField, HasValue<?, String> field, int max) {
        return requiredName(binder.forField(domainField, field), domainField, max);
    }

    private Binder.BindingBuilder<F, String> requiredName(
            Binder.BindingBuilder<F, String> binding, String domainField, int max) {
        return binding.asRequired(filledIn())
                .withValidator(
                        binder.domainRule(value -> Texts.requireName(value, domainField, max), () -> tooLong(max)));
    }

    /** An optional text by the domain's rule for free text: within {@code max} characters, no control characters. */
    Binder.BindingBuilder<F, String> optionalText(String domainField, TextArea field, int max) {
        return binder.forField(domainField, field)
                .withValidator(binder.domainRule(value -> Texts.optional(value, domainField, max), () -> tooLong(max)));
    }

    /** Required: not empty nor only spaces. */
    Validator<String> filledIn() {
        var required = getTranslation("admin.error.required");
        return (value, context) -> value.isBlank() ? ValidationResult.error(required) : ValidationResult.ok();
    }

    private String tooLong(int max) {
        return getTranslation("admin.error.too-long", max);
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
