package org.skillsmatrix.domain.base;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Validation of every text the domain accepts, whichever way it comes in (API, UI, import): no control character
 * anywhere but the line breaks and tabs of free text, no broken character, and in names no invisible or
 * direction-changing character; names are kept in Unicode's composed form (NFC), so that the same name is always
 * the same string.
 */
public final class Texts {

    private Texts() {}

    /**
     * A required, trimmed, single-line name of at most {@code max} characters, in NFC, without control characters
     * and without invisible formatting characters (zero-width spaces and joiners, bidi overrides and isolates …).
     */
    public static String requireName(@Nullable String value, String field, int max) {
        var line = requireLine(value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC), field, max);
        if (line.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
            throw new InvalidInput(
                    InvalidInput.Kind.INVISIBLE_CHARACTER,
                    field,
                    "text.invisible-character",
                    new InvalidInput.FieldName(field));
        }
        return line;
    }

    /**
     * A required, trimmed, single line of at most {@code max} characters without control characters, kept as it
     * is: for what another system issues, such as an identity provider's subject.
     */
    public static String requireLine(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "text.empty", new InvalidInput.FieldName(field));
        }
        var trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, "text.too-long", new InvalidInput.FieldName(field), max);
        }
        if (trimmed.codePoints().anyMatch(c -> Character.isISOControl(c) || isBroken(c))) {
            throw new InvalidInput(
                    InvalidInput.Kind.CONTROL_CHARACTER,
                    field,
                    "text.control-character.line",
                    new InvalidInput.FieldName(field));
        }
        return trimmed;
    }

    /**
     * An optional text of at most {@code max} characters; blank becomes absent. It may span lines and hold tabs,
     * but no other control character.
     */
    public static @Nullable String optional(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, "text.too-long", new InvalidInput.FieldName(field), max);
        }
        if (trimmed.codePoints().anyMatch(c -> (Character.isISOControl(c) && !isLayout(c)) || isBroken(c))) {
            throw new InvalidInput(
                    InvalidInput.Kind.CONTROL_CHARACTER,
                    field,
                    "text.control-character",
                    new InvalidInput.FieldName(field));
        }
        return trimmed;
    }

    /** Line feed, carriage return and tab: the control characters free text may hold. */
    private static boolean isLayout(int c) {
        return c == '\n' || c == '\r' || c == '\t';
    }

    /** Half of a surrogate pair without the other half: no character at all, and not storable as UTF-8. */
    private static boolean isBroken(int c) {
        return Character.getType(c) == Character.SURROGATE;
    }
}
