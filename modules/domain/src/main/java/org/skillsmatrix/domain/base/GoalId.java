package org.skillsmatrix.domain.base;

import java.util.Objects;
import java.util.UUID;

/** Identifies a development goal. */
public record GoalId(UUID value) {

    public GoalId {
        Objects.requireNonNull(value, "goal id");
    }

    public static GoalId random() {
        return new GoalId(UUID.randomUUID());
    }

    public static GoalId of(String text) {
        try {
            return new GoalId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("id", "id.goal", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
