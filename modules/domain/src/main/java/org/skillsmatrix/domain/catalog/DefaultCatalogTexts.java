package org.skillsmatrix.domain.catalog;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.Wording;
import org.skillsmatrix.domain.scale.ScaleLevel;

/**
 * The default catalog in the reader's language: a category, skill or level of the scale whose stored name or
 * description is still the one it was seeded with (the English file of the bundle {@value #BUNDLE}, keyed by the
 * seed's ids and by the levels) reads in the reader's language where the bundle has a file for it; a text imported,
 * added or changed since reads as stored, and so does everything in a language without a file.
 */
public final class DefaultCatalogTexts {

    static final String BUNDLE = "org.skillsmatrix.domain.catalog.default-catalog";

    private static final Wording SEEDED = Wording.of(BUNDLE, Locale.ENGLISH);

    private final Wording language;

    private DefaultCatalogTexts(Wording language) {
        this.language = language;
    }

    public static DefaultCatalogTexts in(Locale language) {
        return new DefaultCatalogTexts(Wording.of(BUNDLE, language));
    }

    /** The catalog with its seeded texts in the reader's language: for reading, never for storing. */
    public CatalogView of(CatalogView catalog) {
        return new CatalogView(
                catalog.categories().stream().map(this::of).toList(),
                catalog.skills().stream().map(this::of).toList(),
                catalog.scale().stream().map(this::of).toList());
    }

    public Category of(Category category) {
        var key = category.id().toString();
        return new Category(
                category.id(),
                text(key + ".name", category.name()),
                optional(key + ".description", category.description()),
                category.position(),
                category.version());
    }

    public Skill of(Skill skill) {
        var key = skill.id().toString();
        return skill.renamed(text(key + ".name", skill.name()), optional(key + ".description", skill.description()));
    }

    public ScaleLevel of(ScaleLevel level) {
        var key = "level." + level.level().value();
        return level.describedAs(text(key + ".name", level.name()), text(key + ".descriptor", level.descriptor()));
    }

    private String text(String key, String stored) {
        return SEEDED.has(key) && SEEDED.text(key).equals(stored) && language.has(key) ? language.text(key) : stored;
    }

    private @Nullable String optional(String key, @Nullable String stored) {
        return stored == null ? null : text(key, stored);
    }
}
