package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * Shown inside the main layout, menu and all, when a page cannot be opened: a broken domain rule (e.g. access
 * denied) in the user's words, or a failure nobody foresaw with the error id the log records it under. Never a
 * stack trace, an exception's class or its message.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public final class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final Paragraph message = new Paragraph();
    private final Paragraph reference = new Paragraph();

    public ErrorView() {
        message.setId("error-message");
        reference.setVisible(false);
        add(message, reference, new Anchor(".", getTranslation("error.back")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var failure = Failures.of(
                parameter.getCaughtException(),
                "opening /" + event.getLocation().getPathWithQueryParameters());
        message.setText(failure.describe(this::getTranslation));
        if (failure instanceof Failure.Unexpected unexpected) {
            var id = new Span(unexpected.id().toString());
            id.setId("error-id");
            reference.removeAll();
            reference.add(new Span(getTranslation("error.reference")), new Span(" "), id);
            reference.setVisible(true);
        }
        return failure.status();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }
}
