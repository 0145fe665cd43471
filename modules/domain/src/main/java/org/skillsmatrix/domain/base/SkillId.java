package org.skillsmatrix.domain.base;

import java.util.Objects;
import java.util.UUID;

/** Identifies a skill. */
public record SkillId(UUID value) {

    public SkillId {
        Objects.requireNonNull(value, "skill id");
    }

    public static SkillId random() {
        return new SkillId(UUID.randomUUID());
    }

    public static SkillId of(String text) {
        try {
            return new SkillId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("id", "id.skill", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
