package org.skillsmatrix.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Gives every UI the locale the browser asks for, so dates and numbers read as the user writes them. The texts
 * stay English until the bundle has the user's language: the bundle falls back to its default file.
 */
public class BrowserLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var request = VaadinRequest.getCurrent();
            var locale = request == null ? null : request.getLocale();
            if (locale != null && !locale.getLanguage().isEmpty()) {
                init.getUI().setLocale(locale);
            }
        });
    }
}
