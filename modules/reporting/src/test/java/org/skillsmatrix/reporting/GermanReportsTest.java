package org.skillsmatrix.reporting;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.testing.TestOrganisation;

/**
 * A report asked for in German: the PDF's and the workbook's texts, dates and numbers in German, the names as
 * stored; a CSV the same as in English; a language the reports have no texts in reads English.
 */
class GermanReportsTest {

    private final SampleOrganisation sample = new SampleOrganisation();
    private final Exports exports = new Exports(sample);

    @Test
    void aTeamsGapReportAsPdfIsInGermanOnEveryPage() throws IOException {
        var request = new ReportRequest.TeamGaps(sample.payments.id());
        try (var pdf = Loader.loadPDF(exports.file(sample.hr(), request, ReportFormat.PDF, Locale.GERMAN))) {
            var all = new PDFTextStripper().getText(pdf);
            assertThat(all)
                    .contains(
                            "Lückenbericht: Payments",
                            "Erstellt von Hannah Ruiz",
                            "Erstellt 11.06.2025",
                            "Zusammenfassung",
                            "Erreichte Ziele:",
                            "Skills, die riskantesten zuerst",
                            "Erreichte Ziele, Quartal für Quartal",
                            "Alle Kategorien",
                            "Kategorie",
                            "Seite 1 von",
                            "Skills Matrix · von Hannah Ruiz",
                            "Java")
                    .doesNotContain("Summary", "Generated", "Page 1 of", "Gap report", "Category", "Now");
        }
    }

    @Test
    void aProfileAsPdfWritesDatesAndDecimalsAsGermanDoes() throws IOException {
        sample.noahAimsAtLinuxExpertBy2031();
        var request = new ReportRequest.Profile(sample.noah.id());
        var actor = TestOrganisation.employee(sample.noah);
        try (var pdf = Loader.loadPDF(exports.file(actor, request, ReportFormat.PDF, Locale.GERMAN))) {
            var all = new PDFTextStripper().getText(pdf);
            assertThat(all)
                    .contains(
                            "Skill-Profil: Noah Fischer",
                            "Entwicklungsziele",
                            "30.06.2031",
                            "offen",
                            "Niveau je Kategorie",
                            "Vom Rollenprofil erwartet")
                    .doesNotContain("2031-06-30", "Development goals");
            assertThat(all).as("an average level with a decimal comma").containsPattern("\\d,\\d");
            assertThat(all).as("no decimal point").doesNotContainPattern("\\b\\d\\.\\d\\b");
        }
    }

    @Test
    void aWorkbookHasGermanSheetsHeadersAndCover() throws IOException {
        var request = new ReportRequest.TeamGaps(sample.payments.id());
        var bytes = exports.file(sample.hr(), request, ReportFormat.XLSX, Locale.GERMAN);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var names = new ArrayList<String>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).startsWith("Bericht", "Skills, die riskantesten zuerst", "Kategorien");
            var cover = texts(workbook.getSheet("Bericht"));
            assertThat(cover).contains("Lückenbericht: Payments", "Erstellt", "Erstellt von", "Skala", "Hinweise");
            var headers = new ArrayList<String>();
            workbook.getSheet("Kategorien").getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers)
                    .containsExactly(
                            "Kategorie",
                            "Skills",
                            "Ziele",
                            "Erreichte Ziele",
                            "Fehlbestand",
                            "Fälle von Einzelwissen",
                            "Skills, die niemand beherrscht");
            assertThat(texts(workbook.getSheet("Kategorien"))).contains("Alle Kategorien");
        }
    }

    @Test
    void theMatrixWorkbookNamesItsRowsAndHeadersInGerman() throws IOException {
        var bytes = exports.file(sample.hr(), ReportRequest.Matrix.allTeams(), ReportFormat.XLSX, Locale.GERMAN);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var payments = texts(workbook.getSheet("Payments"));
            assertThat(payments).contains("Person", "E-Mail", "Bewertete Personen");
            assertThat(texts(workbook.getSheet("Bericht"))).contains("Skill-Matrix", "alle Teams (2)");
        }
    }

    @Test
    void aCsvIsTheSameWhateverLanguageIsAskedFor() {
        for (var request : List.of(
                new ReportRequest.TeamGaps(sample.payments.id()),
                new ReportRequest.Profile(sample.noah.id()),
                ReportRequest.Coverage.lastYear(),
                ReportRequest.Matrix.allTeams())) {
            for (var format : List.of(ReportFormat.CSV, ReportFormat.CSV_EXCEL)) {
                assertThat(exports.file(sample.hr(), request, format, Locale.GERMAN))
                        .as("%s %s", request, format)
                        .isEqualTo(exports.file(sample.hr(), request, format, Locale.ENGLISH));
            }
        }
    }

    @Test
    void theDefaultCatalogsNamesAndScaleReadInGermanWhereTheyAreAsSeeded() throws IOException {
        var languages = sample.world.catalog.add(new Category(
                new CategoryId(UUID.fromString("2cf9b95a-41f1-5a14-bec4-35ff6e2d1f61")),
                "Programming languages",
                null,
                9,
                0));
        sample.world.catalog.add(new Skill(
                new SkillId(UUID.fromString("4533a0e6-51ec-5427-b1cd-44450d8597df")),
                languages.id(),
                "JavaScript and Node.js",
                null,
                1,
                false,
                0));
        var request = ReportRequest.Matrix.of(sample.payments.id());

        try (var pdf = Loader.loadPDF(exports.file(sample.hr(), request, ReportFormat.PDF, Locale.GERMAN))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .as("the text, wherever a narrow column wraps it")
                    .contains("Programmiersprachen", "JavaScript und Node.js", "Fortgeschritten", "Grundkenntnisse")
                    .doesNotContain("Proficient");
        }
        assertThat(new String(exports.file(sample.hr(), request, ReportFormat.CSV, Locale.GERMAN), UTF_8))
                .as("a CSV names them as stored")
                .contains("Programming languages", "JavaScript and Node.js")
                .doesNotContain("Programmiersprachen");
    }

    @Test
    void aLanguageTheReportsHaveNoTextsInReadsEnglish() throws IOException {
        var request = new ReportRequest.TeamGaps(sample.payments.id());
        try (var pdf = Loader.loadPDF(exports.file(sample.hr(), request, ReportFormat.PDF, Locale.FRENCH))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Gap report: Payments", "Summary", "Generated 2025-06-11", "Page 1 of");
        }
    }

    private static List<String> texts(org.apache.poi.ss.usermodel.Sheet sheet) {
        var texts = new ArrayList<String>();
        var formatter = new DataFormatter();
        sheet.forEach(row -> row.forEach(cell -> texts.add(formatter.formatCellValue(cell))));
        return texts;
    }
}
