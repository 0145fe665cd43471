package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.InvalidInput;

/**
 * The binder of every form: the form's rules (a required field, say, or one of the domain's rules for a single value)
 * check the fields before saving, and a value the domain rejects on saving shows at the field the domain names, the
 * way the binder shows its own errors, until the form changes (a rule may concern two fields, such as an expiry after
 * an issue date). Errors no field shows (access denied, not found) go to a banner above the form; a concurrent edit is
 * left to the form, which shows a {@link ConflictNotice}.
 *
 * <p>The fields' built-in checks (a number field's range, a date picker's minimum) are off, so that each rule has one
 * message: the form's or the domain's, in the reader's language.
 */
public final class FormBinder<T> extends Binder<T> {

    /** The field whose value the domain rejected, and what it said. */
    private record Rejection(String field, String message) implements Serializable {}

    private final Translator texts;
    private final Div banner = new Div();
    private final Map<String, HasValue<?, ?>> fields = new HashMap<>();
    private final Map<String, SerializableSupplier<String>> messages = new HashMap<>();
    private @Nullable Rejection rejection;

    public FormBinder(Translator texts) {
        this.texts = texts;
        setDefaultValidatorsEnabled(false);
        banner.setId("form-error");
        banner.getElement().setAttribute("role", "alert");
        banner.addClassNames(LumoUtility.TextColor.ERROR);
        banner.setVisible(false);
        addValueChangeListener(change -> forgetRejection());
    }

    /**
     * Starts binding a field the domain names {@code domainField}: when the domain rejects its value, the domain's
     * message shows at it (from the bundle where it has one).
     */
    public <V> BindingBuilder<T, V> forField(String domainField, HasValue<?, V> field) {
        fields.put(domainField, field);
        if (field instanceof HasValidation validated) {
            validated.setManualValidation(true);
        }
        return forField(field).withValidator((value, context) -> rejectionAt(domainField));
    }

    /**
     * As {@link #forField(String, HasValue)}, with the form's message for a rejection by the field's own rule: where
     * the form knows the one reason the domain still has to refuse its value (a name taken already, say).
     */
    public <V> BindingBuilder<T, V> forField(
            String domainField, HasValue<?, V> field, SerializableSupplier<String> message) {
        message(domainField, message);
        return forField(domainField, field);
    }

    /**
     * The domain's own rule as a check of the field before saving: a value the rule refuses gets {@code message}, or
     * the bundle's words for a character no text may hold.
     */
    public <V> Validator<V> domainRule(SerializableConsumer<V> rule, SerializableSupplier<String> message) {
        return (value, context) -> {
            try {
                rule.accept(value);
                return ValidationResult.ok();
            } catch (InvalidInput invalid) {
                return ValidationResult.error(
                        invalid.kind() == InvalidInput.Kind.FIELD_RULE
                                ? message.get()
                                : DomainErrors.describe(invalid, texts));
            }
        };
    }

    /** The form's message for a rejection by the rule of a value no field shows: it goes to the banner. */
    public void message(String domainField, SerializableSupplier<String> message) {
        messages.put(domainField, message);
    }

    /** The banner for errors no field shows; place it above the form. */
    public Div banner() {
        return banner;
    }

    /** Checks every field and writes the values to {@code form}; false, with the errors shown, where one is bad. */
    public boolean writeIfValid(T form) {
        banner.setVisible(false);
        return writeBeanIfValid(form);
    }

    /**
     * Shows an error the domain gave on saving: a rejected value at its field, anything else but a concurrent edit
     * in the banner.
     */
    public void show(DomainException error) {
        if (error instanceof ConcurrentEdit) {
            throw new IllegalArgumentException("the form shows a conflict notice for a concurrent edit");
        }
        var invalid = error instanceof InvalidInput rejected ? rejected : null;
        var formMessage = invalid != null && invalid.kind() == InvalidInput.Kind.FIELD_RULE
                ? messages.get(invalid.field())
                : null;
        var message = formMessage == null ? DomainErrors.describe(error, texts) : formMessage.get();
        var field = invalid == null ? null : fields.get(invalid.field());
        if (invalid == null || field == null) {
            banner.setText(message);
            banner.setVisible(true);
            return;
        }
        rejection = new Rejection(invalid.field(), message);
        validate();
    }

    private void forgetRejection() {
        var rejected = rejection;
        rejection = null;
        if (rejected != null) {
            var field = fields.get(rejected.field());
            getBindings().stream()
                    .filter(binding -> binding.getField() == field)
                    .forEach(Binding::validate);
        }
    }

    private ValidationResult rejectionAt(String domainField) {
        var rejected = rejection;
        return rejected != null && rejected.field().equals(domainField)
                ? ValidationResult.error(rejected.message())
                : ValidationResult.ok();
    }
}
