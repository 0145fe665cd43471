package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Puts all of every page in landmarks, so assistive technology and the skip link find their way: the view shown is
 * the {@code main} landmark (around it {@link MainLayout} has the banner and the menu), and Vaadin's connection
 * indicator, which tells when the server is out of reach, is a status message.
 */
public class Landmarks implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            ui.getPage()
                    .executeJs("const indicator = document.querySelector('vaadin-connection-indicator');"
                            + " if (indicator) { indicator.setAttribute('role', 'status'); }");
            ui.addAfterNavigationListener(
                    navigation -> markMain(navigation.getActiveChain().getFirst()));
        });
    }

    /** Makes the view the {@code main} landmark, focusable by the skip link but not by the Tab key. */
    static void markMain(HasElement view) {
        view.getElement().setAttribute("role", "main");
        view.getElement().setAttribute("tabindex", "-1");
    }
}
