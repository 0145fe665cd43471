package org.skillsmatrix.ui.myskills;

/** A row of the My skills tree: a category, or one of its skills. */
sealed interface CatalogRow permits CategoryRow, SkillRow {

    String name();

    /** Whether the row passes a filter text, already lower-cased. */
    boolean matches(String filter);
}
