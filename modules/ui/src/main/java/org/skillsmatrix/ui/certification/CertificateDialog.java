package org.skillsmatrix.ui.certification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.HoldCertificates;
import org.skillsmatrix.ui.base.FormErrors;

/**
 * Records a certificate of the signed-in person: a certification of the catalog, its issue and expiry dates, and an
 * optional web link to evidence. The domain checks the rest, and its rule's message shows at the field it concerns.
 */
final class CertificateDialog extends Dialog {

    /** The form's values, bound field by field. */
    static final class Form {
        private @Nullable Certification certification;
        private @Nullable LocalDate issued;
        private @Nullable LocalDate expires;
        private String evidence = "";

        @Nullable
        Certification getCertification() {
            return certification;
        }

        void setCertification(@Nullable Certification certification) {
            this.certification = certification;
        }

        @Nullable
        LocalDate getIssued() {
            return issued;
        }

        void setIssued(@Nullable LocalDate issued) {
            this.issued = issued;
        }

        @Nullable
        LocalDate getExpires() {
            return expires;
        }

        void setExpires(@Nullable LocalDate expires) {
            this.expires = expires;
        }

        String getEvidence() {
            return evidence;
        }

        void setEvidence(@Nullable String evidence) {
            this.evidence = evidence == null ? "" : evidence;
        }
    }

    final ComboBox<Certification> certification = new ComboBox<>();
    final DatePicker issued = new DatePicker();
    final DatePicker expires = new DatePicker();
    final TextField evidence = new TextField();
    final Button save = new Button();
    final FormErrors errors = new FormErrors(this::getTranslation);

    private final Binder<Form> binder = new Binder<>();
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
        evidence.setLabel(getTranslation("certificates.field.evidence"));
        evidence.setHelperText(getTranslation("certificates.field.evidence.help"));
        evidence.setMaxLength(Certificate.MAX_EVIDENCE);
        evidence.setId("certificate-evidence");

        var required = getTranslation("certificates.error.required");
        binder.forField(certification).asRequired(required).bind(Form::getCertification, Form::setCertification);
        binder.forField(issued).asRequired(required).bind(Form::getIssued, Form::setIssued);
        binder.forField(expires).asRequired(required).bind(Form::getExpires, Form::setExpires);
        binder.forField(evidence).bind(Form::getEvidence, Form::setEvidence);
        binder.setBean(form);
        // each date and the link have one rule in the domain: its message, in the reader's language
        errors.field("certification", certification)
                .field("issued", issued, "certificates.error.issued")
                .field("expires", expires, "certificates.error.expires")
                .field("evidence", evidence, "certificates.error.evidence");

        var fields = new FormLayout(certification, issued, expires, evidence);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        fields.setColspan(certification, 2);
        fields.setColspan(evidence, 2);
        add(errors.banner(), fields);

        save.setText(getTranslation("certificates.save"));
        save.setId("certificate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("certificates.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        errors.clear();
        if (!binder.validate().isOk()) {
            return;
        }
        var chosen = form.getCertification();
        var from = form.getIssued();
        var to = form.getExpires();
        if (chosen == null || from == null || to == null) {
            return;
        }
        try {
            certificates.record(actor, chosen.id(), from, to, form.getEvidence());
            close();
            onSaved.run();
        } catch (DomainException e) {
            errors.show(e);
        }
    }
}
