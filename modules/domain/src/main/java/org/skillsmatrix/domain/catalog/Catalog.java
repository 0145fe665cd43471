package org.skillsmatrix.domain.catalog;

import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;

/** Port: the catalog of categories and skills. Updates fail with ConcurrentEdit on a stale version. */
public interface Catalog {

    /** All categories in position order. */
    List<Category> categories();

    /** All skills, retired ones included, by category position then skill position. */
    List<Skill> skills();

    Optional<Category> category(CategoryId id);

    Optional<Skill> skill(SkillId id);

    boolean skillNameTaken(String name, SkillId except);

    boolean categoryNameTaken(String name, CategoryId except);

    Category add(Category category);

    Category update(Category category);

    Skill add(Skill skill);

    Skill update(Skill skill);
}
