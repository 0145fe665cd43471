package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.ValueProvider;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.conflict.LastChange;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.FormBinder;

/**
 * The frame of the dialogs that add or change a team's target of any kind: the fields in one column, Cancel and
 * Save; the binder checks the fields and writes them to the form, bad input shows at its field, and a target someone
 * else changed meanwhile shows who did and offers a reload.
 */
abstract class VersionedTargetDialog<F> extends Dialog {

    /** Who changed the team's targets last, for the conflict notice. */
    @FunctionalInterface
    interface Explainer extends Serializable {
        Optional<LastChange> lastChange();
    }

    final Button save = new Button();
    final Button cancel = new Button();
    final FormBinder<F> binder = new FormBinder<>(this::getTranslation);

    private final F form;
    private final VerticalLayout content = new VerticalLayout();
    private final Explainer explainer;
    private final Dates dates;
    private final SerializableRunnable onSaved;
    private final SerializableRunnable onReload;

    VersionedTargetDialog(
            F form,
            String id,
            String titleKey,
            Dates dates,
            Explainer explainer,
            SerializableRunnable onSaved,
            SerializableRunnable onReload) {
        this.form = form;
        this.explainer = explainer;
        this.dates = dates;
        this.onSaved = onSaved;
        this.onReload = onReload;
        setId(id);
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(32rem, 100vw)");
    }

    /**
     * Sets up the field of what the target is set for: required, one of {@code items}; showing {@code existing},
     * read-only, where the target exists already.
     */
    static <T> void setUpSubject(
            ComboBox<T> field,
            String label,
            List<T> items,
            ItemLabelGenerator<T> names,
            boolean targetExists,
            @Nullable T existing) {
        field.setLabel(label);
        field.setItems(items);
        field.setItemLabelGenerator(names);
        field.setWidthFull();
        if (targetExists) {
            field.setValue(existing);
            field.setReadOnly(true);
        }
    }

    /** Sets up the field of how many are needed: from 1 to {@code max}, {@code value} at first. */
    static void setUpCount(IntegerField field, String label, String helper, int max, int value) {
        field.setLabel(label);
        field.setHelperText(helper);
        field.setMin(1);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setValue(value);
    }

    /**
     * Binds the field of how many are needed to the form: required, checked by the domain's {@code rule}, with
     * {@code message} for a missing or refused count.
     */
    final void bindCount(
            String domainField,
            IntegerField field,
            String message,
            SerializableConsumer<Integer> rule,
            ValueProvider<F, @Nullable Integer> getter,
            Setter<F, @Nullable Integer> setter) {
        binder.forField(domainField, field, () -> message)
                .asRequired(message)
                .withValidator(binder.domainRule(rule, () -> message))
                .bind(getter, setter);
    }

    /** Lays out the fields, once they are set up, above Cancel and Save. */
    final void layOut(Component... fields) {
        var layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        content.setPadding(false);
        content.add(binder.banner(), layout);
        add(content);

        save.setText(getTranslation("targets.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        cancel.setText(getTranslation("targets.cancel"));
        cancel.addClickListener(event -> close());
        getFooter().add(cancel, save);
    }

    /** Stores the target as the form says; throws the domain's errors. */
    abstract void store(F form);

    private void save() {
        if (!binder.writeIfValid(form)) {
            return;
        }
        try {
            store(form);
            close();
            onSaved.run();
        } catch (ConcurrentEdit e) {
            showConflict();
        } catch (DomainException e) {
            binder.show(e);
        }
    }

    private void showConflict() {
        content.getChildren()
                .filter(child -> child instanceof ConflictNotice)
                .toList()
                .forEach(content::remove);
        save.setEnabled(false);
        content.addComponentAsFirst(new ConflictNotice(explainer.lastChange(), dates, () -> {
            close();
            onReload.run();
        }));
    }
}
