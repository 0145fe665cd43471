package org.skillsmatrix.ui.certification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.HoldCertificates;
import org.skillsmatrix.ui.base.DatePickers;
import org.skillsmatrix.ui.base.FormBinder;

/**
 * Records a certificate of the signed-in person: a certification of the catalog, its issue and expiry dates, and an
 * optional web link to evidence. The domain checks the rest, and its rule's message shows at the field it concerns.
 */
final class CertificateDialog extends Dialog {

    static final class Form {
        @Nullable
        Certification certification;

        @Nullable
        LocalDate issued;

        @Nullable
        LocalDate expires;

        String evidence = "";
    }

    final ComboBox<Certification> certification = new ComboBox<>();
    final DatePicker issued = new DatePicker();
    final DatePicker expires = new DatePicker();
    final TextField evidence = new TextField();
    final Button save = new Button();

    private final FormBinder<Form> binder = new FormBinder<>(this::getTranslation);
    private final Form form = new Form();
    private final HoldCertificates certificates;
    private final Actor actor;
    private final SerializableRunnable onSaved;

    CertificateDialog(
            HoldCertificates certificates, List<Certification> catalog, Actor actor, SerializableRunnable onSaved) {
        this.certificates = certificates;
        this.actor = actor;
        this.onSaved = onSaved;
        setId("certificate-dialog");
        setHeaderTitle(getTranslation("certificates.record"));
        setWidth("min(32rem, 100vw)");

        certification.setLabel(getTranslation("certificates.field.certification"));
        certification.setItems(catalog);
        certification.setItemLabelGenerator(Certification::name);
        certification.setId("certificate-certification");
        issued.setLabel(getTranslation("certificates.field.issued"));
        issued.setId("certificate-issued");
        expires.setLabel(getTranslation("certificates.field.expires"));
        expires.setId("certificate-expires");
        DatePickers.localise(issued, this::getTranslation);
        DatePickers.localise(expires, this::getTranslation);
        evidence.setLabel(getTranslation("certificates.field.evidence"));
        evidence.setHelperText(getTranslation("certificates.field.evidence.help"));
        evidence.setMaxLength(Certificate.MAX_EVIDENCE);
        evidence.setId("certificate-evidence");

        // each date and the link have one rule in the domain: its message, in the reader's language
        binder.forField("certification", certification)
                .asRequired(getTranslation("certificates.error.certification-required"))
                .bind(form -> form.certification, (form, value) -> form.certification = value);
        binder.forField("issued", issued, () -> getTranslation("certificates.error.issued"))
                .asRequired(getTranslation("certificates.error.issued-required"))
                .bind(form -> form.issued, (form, value) -> form.issued = value);
        binder.forField("expires", expires, () -> getTranslation("certificates.error.expires"))
                .asRequired(getTranslation("certificates.error.expires-required"))
                .bind(form -> form.expires, (form, value) -> form.expires = value);
        binder.forField("evidence", evidence, () -> getTranslation("certificates.error.evidence"))
                .bind(form -> form.evidence, (form, value) -> form.evidence = value);

        var fields = new FormLayout(certification, issued, expires, evidence);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        fields.setColspan(certification, 2);
        fields.setColspan(evidence, 2);
        add(binder.banner(), fields);

        save.setText(getTranslation("certificates.save"));
        save.setId("certificate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("certificates.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        if (!binder.writeIfValid(form)) {
            return;
        }
        try {
            certificates.record(
                    actor,
                    Objects.requireNonNull(form.certification).id(),
                    Objects.requireNonNull(form.issued),
                    Objects.requireNonNull(form.expires),
                    form.evidence);
            close();
            onSaved.run();
        } catch (DomainException e) {
            binder.show(e);
        }
    }
}
