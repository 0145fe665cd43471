package org.skillsmatrix.ui.myskills;

import java.util.List;
import java.util.Locale;
import org.skillsmatrix.domain.base.CategoryId;

/** A category with the skills shown under it; it passes a filter when one of its skills does. */
record CategoryRow(CategoryId id, String name, List<SkillRow> skills) implements CatalogRow {

    CategoryRow {
        skills = List.copyOf(skills);
    }

    long rated() {
        return skills.stream().filter(SkillRow::rated).count();
    }

    @Override
    public boolean matches(String filter) {
        return filter.isEmpty()
                || name.toLowerCase(Locale.ROOT).contains(filter)
                || skills.stream().anyMatch(skill -> skill.matches(filter));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CategoryRow row && row.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
