package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.InvalidInput;

/**
 * A form's error messages: invalid input at the field it concerns, other errors in a banner above the form.
 * A form names its fields as the domain does ({@code name}, {@code headcount} …); a concurrent edit is left
 * to the form, which shows a {@link ConflictNotice}.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, String> messageKeys = new LinkedHashMap<>();
    private final Map<String, Object[]> messageParams = new LinkedHashMap<>();
    private final Translator texts;
    private final Div banner = new Div();

    public FormErrors(Translator texts) {
        this.texts = texts;
        banner.setId("form-error");
        banner.getElement().setAttribute("role", "alert");
        banner.addClassNames(LumoUtility.TextColor.ERROR);
        banner.setVisible(false);
    }

    public FormErrors field(String name, HasValidation field) {
        field.setManualValidation(true);
        fields.put(name, field);
        return this;
    }

    /**
     * A field whose invalid input gets the bundle's text under the key, whatever the field's rule; a character no
     * text may hold keeps the message that says so.
     */
    public FormErrors field(String name, HasValidation field, String messageKey, Object... params) {
        messageKeys.put(name, messageKey);
        messageParams.put(name, params);
        return field(name, field);
    }

    /** The banner for errors no field shows; place it above the form. */
    public Div banner() {
        return banner;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        banner.setVisible(false);
    }

    /** Marks a field invalid with a message, e.g. from the form's own checks. */
    public void invalid(String name, String message) {
        var field = fields.get(name);
        if (field == null) {
            showInBanner(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    public boolean hasErrors() {
        return banner.isVisible() || fields.values().stream().anyMatch(HasValidation::isInvalid);
    }

    /**
     * Shows a domain error: invalid input at its field, with the bundle's text where it has one for the field
     * and the domain's own message otherwise; anything else but a concurrent edit in the banner.
     */
    public void show(DomainException error) {
        if (error instanceof ConcurrentEdit) {
            throw new IllegalArgumentException("the form shows a conflict notice for a concurrent edit");
        }
        var fieldName = error instanceof InvalidInput invalid ? invalid.field() : "";
        var fieldRule = !(error instanceof InvalidInput invalid) || invalid.kind() == InvalidInput.Kind.FIELD_RULE;
        var key = fieldRule ? messageKeys.get(fieldName) : null;
        var message = key == null
                ? DomainErrors.describe(error, texts)
                : texts.translate(key, messageParams.getOrDefault(fieldName, new Object[0]));
        @Nullable HasValidation field = fields.get(fieldName);
        if (field == null) {
            showInBanner(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private void showInBanner(String message) {
        banner.setText(message);
        banner.setVisible(true);
    }
}
