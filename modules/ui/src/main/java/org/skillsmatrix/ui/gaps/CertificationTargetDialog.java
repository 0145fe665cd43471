package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.FormErrors;

/**
 * Adds or changes a certification target: the certification and how many members should hold a valid certificate
 * of it. Bad input shows at its field; a target someone else changed meanwhile shows who did and offers a reload.
 */
final class CertificationTargetDialog extends Dialog {

    /** Stores the target as the fields say; throws the domain's errors. */
    @FunctionalInterface
    interface Saver extends Serializable {
        CertificationTarget save(Certification certification, int holders);
    }

    final ComboBox<Certification> certification = new ComboBox<>();
    final IntegerField holders = new IntegerField();
    final Button save = new Button();
    final Button cancel = new Button();
    private final VerticalLayout content = new VerticalLayout();
    private final FormErrors errors = new FormErrors(this::getTranslation);
    private final Saver saver;
    private final TargetDialog.Explainer explainer;
    private final Dates dates;
    private final SerializableRunnable onSaved;
    private final SerializableRunnable onReload;

    CertificationTargetDialog(
            @Nullable CertificationTarget existing,
            @Nullable Certification existingCertification,
            List<Certification> certifications,
            Dates dates,
            Saver saver,
            TargetDialog.Explainer explainer,
            SerializableRunnable onSaved,
            SerializableRunnable onReload) {
        this.saver = saver;
        this.explainer = explainer;
        this.dates = dates;
        this.onSaved = onSaved;
        this.onReload = onReload;
        setId("certification-target-dialog");
        setHeaderTitle(getTranslation(
                existing == null ? "certification-targets.add.title" : "certification-targets.change.title"));
        setWidth("min(32rem, 100vw)");

        certification.setLabel(getTranslation("certification-targets.field.certification"));
        certification.setItems(certifications);
        certification.setItemLabelGenerator(Certification::name);
        certification.setRequiredIndicatorVisible(true);
        certification.setWidthFull();
        holders.setLabel(getTranslation("certification-targets.field.holders"));
        holders.setHelperText(getTranslation("certification-targets.field.holders.helper"));
        holders.setMin(1);
        holders.setMax(CertificationTarget.MAX_HOLDERS);
        holders.setStepButtonsVisible(true);
        holders.setRequiredIndicatorVisible(true);
        holders.setValue(1);
        if (existing != null) {
            certification.setValue(existingCertification);
            certification.setReadOnly(true);
            holders.setValue(existing.holders());
        }
        errors.field("certification", certification, "certification-targets.error.certification")
                .field("holders", holders, "certification-targets.error.holders", CertificationTarget.MAX_HOLDERS);

        var form = new FormLayout(certification, holders);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        content.setPadding(false);
        content.add(errors.banner(), form);
        add(content);

        save.setText(getTranslation("targets.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        cancel.setText(getTranslation("targets.cancel"));
        cancel.addClickListener(event -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        errors.clear();
        if (certification.isEmpty()) {
            errors.invalid("certification", getTranslation("certification-targets.error.certification"));
        }
        var count = holders.getValue();
        if (holders.isInvalid() || count == null || count < 1 || count > CertificationTarget.MAX_HOLDERS) {
            errors.invalid(
                    "holders", getTranslation("certification-targets.error.holders", CertificationTarget.MAX_HOLDERS));
        }
        if (errors.hasErrors()) {
            return;
        }
        try {
            saver.save(certification.getValue(), count);
            close();
            onSaved.run();
        } catch (ConcurrentEdit e) {
            showConflict();
        } catch (DomainException e) {
            errors.show(e);
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
