package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.skillsmatrix.domain.base.DomainException;

/** Shown when opening a page breaks a domain rule (e.g. access denied): a clear message, no stack trace. */
@PermitAll
@ParentLayout(MainLayout.class)
public class DomainErrorView extends VerticalLayout implements HasErrorParameter<DomainException>, HasDynamicTitle {

    private final Paragraph message = new Paragraph();

    public DomainErrorView() {
        message.setId("error-message");
        add(message, new Anchor(".", getTranslation("error.back")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DomainException> parameter) {
        message.setText(DomainErrors.describe(parameter.getException(), this::getTranslation));
        return DomainErrors.status(parameter.getException());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }
}
