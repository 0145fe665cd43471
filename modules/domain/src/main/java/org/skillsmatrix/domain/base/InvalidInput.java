package org.skillsmatrix.domain.base;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Input that breaks a rule; {@link #field()} names the offending field, {@link #kind()} says which sort of rule,
 * where a view words it the same for every field. What is wrong is told by a key in the bundle {@value #BUNDLE} and
 * the values that fill its text, so that it reads in the language of whoever is told; {@link #getMessage()} is the
 * English text.
 */
public final class InvalidInput extends DomainException {

    /** The bundle of the rules' texts, English by default, one file per further language. */
    public static final String BUNDLE = "org.skillsmatrix.domain.base.invalid-input";

    /** The sort of rule broken: a field's own rule, or one that {@link Texts} applies to every text. */
    public enum Kind {
        /** A rule of the field itself: its range, its length, its presence. */
        FIELD_RULE,
        /** A control character (NUL, escape …) or a broken character in a text. */
        CONTROL_CHARACTER,
        /** An invisible or direction-changing character (zero-width space, bidi override …) in a name. */
        INVISIBLE_CHARACTER
    }

    /** A field's name among a text's values: the bundle's word for it ({@code field.<name>}) in the text's language. */
    public record FieldName(String field) {

        String in(Wording wording) {
            return wording.has("field." + field)
                    ? wording.text("field." + field)
                    : Character.toUpperCase(field.charAt(0)) + field.substring(1);
        }
    }

    private final String field;
    private final Kind kind;
    private final String key;
    private final List<Object> arguments;

    /** A field's own rule broken: the key of its text in the bundle, and the values that fill it. */
    public InvalidInput(String field, String key, Object... arguments) {
        this(Kind.FIELD_RULE, field, key, arguments);
    }

    public InvalidInput(Kind kind, String field, String key, Object... arguments) {
        super(worded(Locale.ENGLISH, key, arguments));
        this.field = field;
        this.kind = kind;
        this.key = key;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    /** The key of the rule's text in the bundle. */
    public String key() {
        return key;
    }

    /** What is wrong, in the language asked for (English where the bundle has no file for it). */
    public String message(Locale language) {
        return worded(language, key, arguments.toArray());
    }

    private static String worded(Locale language, String key, Object[] arguments) {
        var wording = Wording.of(BUNDLE, language);
        // values as they are written (a limit of 1000 stays 1000), field names in the text's language
        var values = Arrays.stream(arguments)
                .map(value -> value instanceof FieldName name ? name.in(wording) : String.valueOf(value))
                .toArray();
        return wording.text(key, values);
    }
}
