package org.skillsmatrix.domain.base;

import java.util.Objects;
import java.util.UUID;

/** Identifies a role profile. */
public record RoleProfileId(UUID value) {

    public RoleProfileId {
        Objects.requireNonNull(value, "role profile id");
    }

    public static RoleProfileId random() {
        return new RoleProfileId(UUID.randomUUID());
    }

    public static RoleProfileId of(String text) {
        try {
            return new RoleProfileId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("id", "id.role-profile", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
