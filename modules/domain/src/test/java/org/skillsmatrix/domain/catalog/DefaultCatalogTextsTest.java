package org.skillsmatrix.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.ScaleLevel;
import org.skillsmatrix.domain.testing.LanguageFiles;

/** The default catalog reads in German where it is as seeded; anything else reads as stored. */
class DefaultCatalogTextsTest {

    private static final CategoryId LANGUAGES =
            new CategoryId(java.util.UUID.fromString("2cf9b95a-41f1-5a14-bec4-35ff6e2d1f61"));
    private static final SkillId QUERIES =
            new SkillId(java.util.UUID.fromString("00000000-0000-0000-0000-000000000000"));

    private final DefaultCatalogTexts german = DefaultCatalogTexts.in(Locale.GERMANY);

    @Test
    void aSeededCategoryReadsInGerman() {
        var seeded = new Category(
                LANGUAGES,
                "Programming languages",
                "Server-side languages used to build and maintain back-end services.",
                1,
                0);

        var read = german.of(seeded);

        assertThat(read.name()).isEqualTo("Programmiersprachen");
        assertThat(read.description())
                .isEqualTo("Serverseitige Sprachen, mit denen Back-End-Dienste gebaut und gepflegt werden.");
        assertThat(read.id()).isEqualTo(seeded.id());
        assertThat(read.version()).isEqualTo(seeded.version());
    }

    @Test
    void aRenamedOrAddedItemReadsAsStored() {
        var renamed = new Category(
                LANGUAGES,
                "Languages we use",
                "Server-side languages used to build and maintain" + " back-end services.",
                1,
                3);
        var added = new Category(CategoryId.random(), "Mainframe", null, 15, 0);

        assertThat(german.of(renamed).name()).isEqualTo("Languages we use");
        assertThat(german.of(renamed).description())
                .as("each text by itself: the description is still the seeded one")
                .startsWith("Serverseitige");
        assertThat(german.of(added)).isEqualTo(added);
    }

    @Test
    void theSeededScaleReadsInGermanAndALanguageWithoutAFileAsStored() {
        var proficient = new ScaleLevel(
                Level.PROFICIENT,
                "Proficient",
                "Works independently on complex tasks, makes sound choices and reviews or coaches others.",
                0);
        var renamed = proficient.describedAs("Skilled", proficient.descriptor());

        assertThat(german.of(proficient).name()).isEqualTo("Fortgeschritten");
        assertThat(german.of(renamed).name()).isEqualTo("Skilled");
        assertThat(DefaultCatalogTexts.in(Locale.FRENCH).of(proficient)).isEqualTo(proficient);
        assertThat(DefaultCatalogTexts.in(Locale.ENGLISH).of(proficient)).isEqualTo(proficient);
    }

    @Test
    void aCatalogReadsWhole() {
        var catalog = new CatalogView(
                List.of(new Category(LANGUAGES, "Programming languages", null, 1, 0)),
                List.of(new Skill(QUERIES, LANGUAGES, "Java", null, 1, false, 0)),
                List.of());

        assertThat(german.of(catalog).categories()).extracting(Category::name).containsExactly("Programmiersprachen");
        assertThat(german.of(catalog).skills()).extracting(Skill::name).containsExactly("Java");
    }

    @Test
    void everyLanguageHasEveryText() {
        LanguageFiles.of(Path.of("src/main/resources/org/skillsmatrix/domain/catalog"), "default-catalog")
                .assertEveryLanguageHasEveryKey();
    }
}
