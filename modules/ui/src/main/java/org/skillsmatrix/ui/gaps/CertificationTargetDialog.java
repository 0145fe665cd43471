package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.ui.base.Dates;

/**
 * Adds or changes a certification target: the certification and how many members should hold a valid certificate
 * of it. Bad input shows at its field; a target someone else changed meanwhile shows who did and offers a reload.
 */
final class CertificationTargetDialog extends VersionedTargetDialog<CertificationTargetDialog.Form> {

    static final class Form {
        @Nullable
        Certification certification;

        @Nullable
        Integer holders;
    }

    /** Stores the target as the fields say; throws the domain's errors. */
    @FunctionalInterface
    interface Saver extends Serializable {
        CertificationTarget save(Certification certification, int holders);
    }

    final ComboBox<Certification> certification = new ComboBox<>();
    final IntegerField holders = new IntegerField();
    private final Saver saver;

    CertificationTargetDialog(
            @Nullable CertificationTarget existing,
            @Nullable Certification existingCertification,
            List<Certification> certifications,
            Dates dates,
            Saver saver,
            Explainer explainer,
            SerializableRunnable onSaved,
            SerializableRunnable onReload) {
        super(
                new Form(),
                "certification-target-dialog",
                existing == null ? "certification-targets.add.title" : "certification-targets.change.title",
                dates,
                explainer,
                onSaved,
                onReload);
        this.saver = saver;

        setUpSubject(
                certification,
                getTranslation("certification-targets.field.certification"),
                certifications,
                Certification::name,
                existing != null,
                existingCertification);
        setUpCount(
                holders,
                getTranslation("certification-targets.field.holders"),
                getTranslation("certification-targets.field.holders.helper"),
                CertificationTarget.MAX_HOLDERS,
                existing == null ? 1 : existing.holders());
        var certificationMessage = getTranslation("certification-targets.error.certification");
        binder.forField("certification", certification, () -> certificationMessage)
                .asRequired(certificationMessage)
                .bind(form -> form.certification, (form, value) -> form.certification = value);
        bindCount(
                "holders",
                holders,
                getTranslation("certification-targets.error.holders", CertificationTarget.MAX_HOLDERS),
                CertificationTarget::requireHolders,
                form -> form.holders,
                (form, value) -> form.holders = value);
        layOut(certification, holders);
    }

    @Override
    void store(Form form) {
        saver.save(Objects.requireNonNull(form.certification), Objects.requireNonNull(form.holders));
    }
}
