package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A failure while the UI handles something a person did on a page that is already open (a click, a change of a
 * field): the page stays, and a notification tells what went wrong as the error view would, with the error id
 * for a failure nobody foresaw. Failures while opening a page go to {@link ErrorView} instead.
 */
public class ActionErrors implements ErrorHandler, VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var ui = UI.getCurrent();
        if (ui == null) {
            Failures.of(event.getThrowable(), "handling a request");
            return;
        }
        var failure = Failures.of(
                event.getThrowable(),
                "handling an action on /" + ui.getActiveViewLocation().getPathWithQueryParameters());
        if (ui.getSession().hasLock()) {
            show(failure, ui);
        } else {
            ui.access(() -> show(failure, ui));
        }
    }

    private static void show(Failure failure, UI ui) {
        var notification = new Notification();
        notification.setId("action-error");
        var text = new Div(new Span(failure.describe(ui::getTranslation)));
        if (failure instanceof Failure.Unexpected unexpected) {
            var id = new Span(unexpected.id().toString());
            id.setId("action-error-id");
            text.add(new Div(new Span(ui.getTranslation("error.reference") + " "), id));
        }
        var close = new Button(ui.getTranslation("error.close"), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(text, close);
        notification.setDuration(0);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
