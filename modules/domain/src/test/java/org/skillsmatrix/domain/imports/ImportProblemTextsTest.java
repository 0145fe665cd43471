package org.skillsmatrix.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.testing.LanguageFiles;

/** Every problem an import names has its text in every language's file, and every text there names one. */
class ImportProblemTextsTest {

    private static final LanguageFiles FILES =
            LanguageFiles.of(Path.of("src/main/resources/org/skillsmatrix/domain/imports"), "problems");

    /** The kinds of problem, by the first part of their keys. */
    private static final Pattern KEY =
            Pattern.compile("\"((?:file|header|line|value|people|assessments|certificates)\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void everyLanguageHasEveryText() {
        FILES.assertEveryLanguageIsComplete();
    }

    @Test
    void theSourcesAndTheTextsAgree() {
        var used = new TreeSet<String>(
                LanguageFiles.foundInSources(Path.of("src/main/java/org/skillsmatrix/domain/imports"), KEY));
        // the audit entries' kinds, which are no problems
        used.removeIf(key -> key.endsWith(".imported"));
        // ImportCertificates names a date's problems by its column
        for (var column : List.of("issued", "expires")) {
            used.addAll(Set.of("certificates." + column + "-missing", "certificates." + column + "-not-a-date"));
        }

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(FILES.english().stringPropertyNames()).isEqualTo(used);
    }

    @Test
    void aProblemReadsInTheLanguageAskedForWithItsNumbersAsThatLanguageWritesThem() {
        var problem = ImportProblem.ofFile("file.too-many-rows", 250_000, 100_000);

        assertThat(problem.message())
                .isEqualTo(
                        "The file has 250,000 rows; an import takes at most 100,000, so split it into smaller files");
        assertThat(problem.message(Locale.GERMAN))
                .isEqualTo("Die Datei hat 250.000 Zeilen; ein Import nimmt höchstens 100.000, teilen Sie sie also in"
                        + " kleinere Dateien auf");
        assertThat(problem.message(Locale.FRENCH)).isEqualTo(problem.message());
        assertThat(ImportProblem.ofLine(1_234, "assessments.same-as-line", 1_001L)
                        .message(Locale.GERMAN))
                .startsWith("Dies ist dieselbe Bewertung wie in Zeile 1001:");
    }

    @Test
    void anInvalidFilesSummaryCountsItsProblemsInTheLanguageAskedFor() {
        var one = ImportResult.refused(
                ImportResult.Verdict.INVALID, 1, List.of(ImportProblem.ofLine(2, "value.missing")));
        var many = ImportResult.refused(
                ImportResult.Verdict.INVALID,
                1_500,
                LongStream.rangeClosed(2, 1_501)
                        .mapToObj(line -> ImportProblem.ofLine(line, "value.missing"))
                        .toList());

        assertThat(one.problemsSummary(false, Locale.ENGLISH)).isEqualTo("The file has 1 problem");
        assertThat(one.problemsSummary(true, Locale.ENGLISH)).isEqualTo("The file has 1 problem; nothing was imported");
        assertThat(many.problemsSummary(true, Locale.ENGLISH))
                .isEqualTo("The file has 1,500 problems; nothing was imported; the first 1,000 are listed");
        assertThat(many.problemsSummary(false, Locale.GERMAN))
                .isEqualTo("Die Datei hat 1.500 Probleme; die ersten 1.000 sind aufgeführt");
        assertThat(one.problemsSummary(true, Locale.GERMAN))
                .isEqualTo("Die Datei hat 1 Problem; es wurde nichts importiert");
    }
}
