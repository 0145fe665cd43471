package org.skillsmatrix.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.certification.CertificateStatus;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.skillsmatrix.domain.testing.LanguageFiles;

/** What the PDFs and workbooks say around the data is in every language's file, and every text there is used. */
class ReportingTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final LanguageFiles FILES =
            LanguageFiles.of(Path.of("src/main/resources/org/skillsmatrix/reporting"), "texts");

    @Test
    void everyLanguageHasEveryText() {
        FILES.assertEveryLanguageIsComplete();
    }

    @Test
    void theSourcesAndTheTextsAgree() {
        var used = new TreeSet<String>();
        used.addAll(LanguageFiles.foundInSources(SOURCES, Pattern.compile("text\\(\\s*\"([^\"]+)\"")));
        LanguageFiles.foundInSources(SOURCES, Pattern.compile("column\\(\\s*\"([a-z_]+)\",\\s*\\d"))
                .forEach(key -> used.add("column." + key));
        LanguageFiles.foundInSources(SOURCES, Pattern.compile("column\\(\\s*\"[a-z_]+\",\\s*\"([a-z-]+)\""))
                .forEach(key -> used.add("column." + key));
        for (var status : GoalStatus.values()) {
            used.add("goal." + status.name().toLowerCase(Locale.ROOT));
        }
        for (var status : CertificateStatus.values()) {
            used.add("certificate." + status.name().toLowerCase(Locale.ROOT));
        }
        used.add("yes");
        used.add("no");
        used.add("format.date");
        used.removeIf(key -> key.endsWith(".")); // the prefixes of the built keys above

        assertThat(used).hasSizeGreaterThan(100);
        assertThat(FILES.english().stringPropertyNames()).isEqualTo(used);
    }
}
