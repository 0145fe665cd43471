package org.skillsmatrix.domain.base;

import java.util.Objects;
import java.util.UUID;

/** Identifies a category. */
public record CategoryId(UUID value) {

    public CategoryId {
        Objects.requireNonNull(value, "category id");
    }

    public static CategoryId random() {
        return new CategoryId(UUID.randomUUID());
    }

    public static CategoryId of(String text) {
        try {
            return new CategoryId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("id", "id.category", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
