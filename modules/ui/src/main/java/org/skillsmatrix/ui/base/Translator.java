package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * Looks up a text in the resource bundle; components pass {@code this::getTranslation}, tests a bundle of
 * their own.
 */
@FunctionalInterface
public interface Translator {

    String translate(String key, Object... params);

    /** The language of the texts: the page's, else English. */
    default Locale language() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
