package org.skillsmatrix.domain.base;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    public static PersonId of(String text) {
        try {
            return new PersonId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("id", "id.person", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
