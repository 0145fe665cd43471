package org.skillsmatrix.domain.base;

import java.util.Objects;
import java.util.UUID;

/** Identifies a team. */
public record TeamId(UUID value) {

    public TeamId {
        Objects.requireNonNull(value, "team id");
    }

    public static TeamId random() {
        return new TeamId(UUID.randomUUID());
    }

    public static TeamId of(String text) {
        try {
            return new TeamId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("id", "id.team", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
