package org.skillsmatrix.domain.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.scale.ScaleLevel;

/** The catalog as readers see it: categories with their skills, and the scale. */
public record CatalogView(List<Category> categories, List<Skill> skills, List<ScaleLevel> scale) {

    public CatalogView {
        categories = List.copyOf(categories);
        skills = List.copyOf(skills);
        scale = List.copyOf(scale);
    }

    public Map<CategoryId, List<Skill>> skillsByCategory() {
        return skills.stream().collect(Collectors.groupingBy(Skill::category));
    }

    public List<Skill> activeSkills() {
        return skills.stream().filter(Skill::active).toList();
    }
}
