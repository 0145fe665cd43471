package org.skillsmatrix.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.Wording;
import org.skillsmatrix.domain.testing.LanguageFiles;

/** What the domain says in reports is in every language's file, and every text there is used. */
class ReportTextsTest {

    private static final LanguageFiles FILES =
            LanguageFiles.of(Path.of("src/main/resources/org/skillsmatrix/domain/report"), "texts");

    @Test
    void everyLanguageHasEveryText() {
        FILES.assertEveryLanguageIsComplete();
    }

    @Test
    void theSourcesAndTheTextsAgree() {
        var used = new TreeSet<String>();
        used.addAll(LanguageFiles.foundInSources(
                Path.of("src/main/java/org/skillsmatrix/domain/report"), Pattern.compile("text\\(\\s*\"([^\"]+)\"")));
        LanguageFiles.foundInSources(
                        Path.of("src/main/java/org/skillsmatrix/domain/report"),
                        Pattern.compile("filter\\(\\s*\"([^\"]+)\""))
                .forEach(key -> used.add("filter." + key));
        used.add("format.date");
        used.remove("filter."); // Headers.filter's prefix of the keys above

        assertThat(used).hasSizeGreaterThan(30);
        assertThat(FILES.english().stringPropertyNames()).isEqualTo(used);
    }

    @Test
    void aLanguageWithoutAFileReadsEnglishAndGermanReadsGerman() {
        var bundle = Headers.BUNDLE;
        assertThat(Wording.of(bundle, Locale.FRENCH).text("title.matrix")).isEqualTo("Skills matrix");
        assertThat(Wording.of(bundle, Locale.FRENCH).language()).isEqualTo(Locale.ENGLISH);
        assertThat(Wording.of(bundle, Locale.GERMANY).text("title.team-gaps", "Payments"))
                .isEqualTo("Lückenbericht: Payments");
        assertThat(Wording.of(bundle, Locale.GERMANY).language()).isEqualTo(Locale.GERMAN);
        assertThat(Wording.of(bundle, Locale.GERMAN).date(java.time.LocalDate.of(2026, 11, 21)))
                .isEqualTo("21.11.2026");
    }
}
