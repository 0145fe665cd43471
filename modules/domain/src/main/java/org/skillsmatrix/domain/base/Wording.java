package org.skillsmatrix.domain.base;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of one bundle in one language, their parameters written as that language writes numbers, and dates in
 * the pattern the bundle names ({@code format.date}). A language without a file of its own in the bundle reads
 * the default (English) file and is English throughout, numbers and dates included; the server's own language
 * never decides.
 */
public final class Wording {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale language;

    private Wording(ResourceBundle bundle) {
        this.bundle = bundle;
        var found = bundle.getLocale();
        this.language = found.getLanguage().isEmpty() ? Locale.ENGLISH : Locale.of(found.getLanguage());
    }

    /**
     * The bundle's texts in the language asked for, else in English.
     *
     * @param bundle the bundle's base name, e.g. {@code org.skillsmatrix.domain.report.texts}
     */
    public static Wording of(String bundle, Locale language) {
        return new Wording(ResourceBundle.getBundle(
                bundle, Locale.of(language.getLanguage()), Wording.class.getClassLoader(), NO_FALLBACK));
    }

    /** The language the texts are in: the one asked for where the bundle has it, else English. */
    public Locale language() {
        return language;
    }

    /**
     * The text of a key, its parameters ({@code {0}}, {@code {1,choice,…}}) filled in as a message format; a text
     * asked for without parameters is returned as written.
     */
    public String text(String key, Object... arguments) {
        var text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, language).format(arguments);
    }

    /** Whether the bundle has a text for the key, in this language's file or the default one. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A day as the language writes it, e.g. 2026-11-21 or 21.11.2026. */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofPattern(bundle.getString("format.date"), language)
                .format(day);
    }
}
