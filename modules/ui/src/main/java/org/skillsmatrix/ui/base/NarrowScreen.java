package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Tells a component whether the browser window is as narrow as a phone's, when it is attached and after every
 * resize, so a view can fold what does not fit (a grid's secondary columns, a row of filters) behind a control.
 * Pure layout stays in the style sheet's media queries at the same width.
 */
public final class NarrowScreen {

    /** The widest window, in CSS pixels, that counts as narrow; styles.css uses the same width. */
    public static final int MAX_WIDTH = 640;

    /** The widest window, in CSS pixels, that counts as a tablet's; styles.css uses the same width. */
    public static final int TABLET_MAX_WIDTH = 1024;

    private NarrowScreen() {}

    public static boolean narrow(int windowWidth) {
        return narrowerThan(windowWidth, MAX_WIDTH);
    }

    private static boolean narrowerThan(int windowWidth, int maxWidth) {
        return windowWidth > 0 && windowWidth <= maxWidth;
    }

    /** Calls {@code onChange} with whether the window is narrow, once attached and on each resize. */
    public static void follow(Component component, SerializableConsumer<Boolean> onChange) {
        follow(component, MAX_WIDTH, onChange);
    }

    /**
     * Calls {@code onChange} with whether the window is at most {@code maxWidth} wide, once attached and on each
     * resize.
     */
    public static void follow(Component component, int maxWidth, SerializableConsumer<Boolean> onChange) {
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            var details = page.getExtendedClientDetails();
            if (details != null) {
                onChange.accept(narrowerThan(details.getWindowInnerWidth(), maxWidth));
            }
            var resizes = page.addBrowserWindowResizeListener(
                    resize -> onChange.accept(narrowerThan(resize.getWidth(), maxWidth)));
            component.addDetachListener(detach -> {
                resizes.remove();
                detach.unregisterListener();
            });
        });
    }
}
