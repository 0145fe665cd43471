package org.skillsmatrix.domain.catalog;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.Texts;

/** A group of related skills, shown in {@code position} order. */
public record Category(CategoryId id, String name, @Nullable String description, int position, long version) {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 300;

    public Category {
        Objects.requireNonNull(id, "id");
        name = Texts.requireName(name, "name", MAX_NAME);
        description = Texts.optional(description, "description", MAX_DESCRIPTION);
    }

    public Category renamed(String newName, @Nullable String newDescription) {
        return new Category(id, newName, newDescription, position, version);
    }
}
