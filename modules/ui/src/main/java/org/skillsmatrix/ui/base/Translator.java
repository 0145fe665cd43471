package org.skillsmatrix.ui.base;

/**
 * Looks up a text in the resource bundle; components pass {@code this::getTranslation}, tests a bundle of
 * their own.
 */
@FunctionalInterface
public interface Translator {

    String translate(String key, Object... params);
}
