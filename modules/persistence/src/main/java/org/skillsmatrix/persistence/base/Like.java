package org.skillsmatrix.persistence.base;

/** A text searched for with LIKE: its wildcards and the escape character stand for themselves. */
public final class Like {

    private Like() {}

    /** The text with {@code \}, {@code %} and {@code _} escaped by {@code \}, for {@code like ... escape '\'}. */
    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
