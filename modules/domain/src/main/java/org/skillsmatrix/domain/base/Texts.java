package org.skillsmatrix.domain.base;

import org.jspecify.annotations.Nullable;

/** Validation of the free texts the domain accepts. */
public final class Texts {

    private Texts() {}

    /** A required, trimmed, single-line text of at most {@code max} characters. */
    public static String requireName(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, capitalised(field) + " must not be empty");
        }
        var trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, capitalised(field) + " must be at most " + max + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput(field, capitalised(field) + " must be a single line of text");
        }
        return trimmed;
    }

    /** An optional text of at most {@code max} characters; blank becomes absent. */
    public static @Nullable String optional(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, capitalised(field) + " must be at most " + max + " characters");
        }
        return trimmed;
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
