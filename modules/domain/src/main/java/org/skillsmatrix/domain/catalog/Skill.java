package org.skillsmatrix.domain.catalog;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.Texts;

/** A competency people are rated on. A retired skill takes no new ratings but keeps its history. */
public record Skill(
        SkillId id,
        CategoryId category,
        String name,
        @Nullable String description,
        int position,
        boolean retired,
        long version) {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 300;

    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        name = Texts.requireName(name, "name", MAX_NAME);
        description = Texts.optional(description, "description", MAX_DESCRIPTION);
    }

    public Skill renamed(String newName, @Nullable String newDescription) {
        return new Skill(id, category, newName, newDescription, position, retired, version);
    }

    /** The skill in another category; where it stands there, the catalog decides when it is stored. */
    public Skill movedTo(CategoryId newCategory) {
        return new Skill(id, newCategory, name, description, position, retired, version);
    }

    public Skill retire() {
        return new Skill(id, category, name, description, position, true, version);
    }

    public Skill reinstate() {
        return new Skill(id, category, name, description, position, false, version);
    }

    public boolean active() {
        return !retired;
    }
}
