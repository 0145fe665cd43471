package org.skillsmatrix.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.RateOwnSkill;
import org.skillsmatrix.domain.assessment.TeamMatrix;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.AnalyseOrganisationGaps;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * HR's two headline exports through the whole application — the export use case with its transaction, the SQL
 * read models on PostgreSQL, the reporting module — read back with PDFBox and POI and held against what the
 * screens show: the organisation's gap report as PDF against the organisation's gaps, the whole matrix as XLSX
 * against every team's matrix. And a long export holds up nobody who rates meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportExportIT {

    @Autowired
    ExportReport exportReport;

    @Autowired
    AnalyseOrganisationGaps analyseOrganisationGaps;

    @Autowired
    ViewSkillProfile viewSkillProfile;

    @Autowired
    RateOwnSkill rateOwnSkill;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    Catalog catalog;

    @Autowired
    AuditLog auditLog;

    @Test
    void the_organisations_gap_report_as_pdf_shows_the_figures_of_the_organisation_gaps_screen() throws IOException {
        var hr = hr();
        var out = new ByteArrayOutputStream();

        var file = exportReport.export(hr, new ReportRequest.OrganisationGaps(), ReportFormat.PDF, Locale.ENGLISH, out);
        var screen = analyseOrganisationGaps.analyse(hr).skills();

        assertThat(file.name()).isEqualTo("gap-report_organisation_" + LocalDate.now(ZoneOffset.UTC) + ".pdf");
        String text;
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        var skills = catalog.skills().stream().collect(Collectors.toMap(Skill::id, Function.identity()));
        var categories = catalog.categories().stream().collect(Collectors.toMap(Category::id, Category::name));
        var names = people.all().stream().collect(Collectors.toMap(Person::id, Person::name));
        int tableStart = text.indexOf("Skills, riskiest first");
        int tableEnd = text.indexOf("All categories", tableStart);
        assertThat(tableStart).isPositive();
        assertThat(tableEnd).isGreaterThan(tableStart);
        var table = text.substring(tableStart, tableEnd);

        var found = new ArrayList<Found>();
        for (var row : screen) {
            var skill = skills.get(row.skill());
            var sole = row.soleHolder() == null ? "" : " " + Pattern.quote(names.get(row.soleHolder()));
            var line = Pattern.compile(Pattern.quote(categories.get(skill.category()) + " " + skill.name()) + " "
                    + Pattern.quote(
                            PrivacyThreshold.DEFAULT.count(row.holders()).toString()) + sole + " "
                    + row.teamsWithTarget() + " " + row.teamsShort() + " "
                    + row.shortfall() + "(?= |$)");
            var match = line.matcher(table);
            assertThat(match.find())
                    .as("the PDF's row for %s: %s", skill.name(), row)
                    .isTrue();
            found.add(new Found(match.start(), row));
        }
        assertThat(found.stream()
                        .sorted((a, b) -> Integer.compare(a.at(), b.at()))
                        .map(Found::row)
                        .toList())
                .as("riskiest first, as on the screen")
                .isSortedAccordingTo(OrganisationSkillCoverage.RISKIEST_FIRST);
        assertThat(screen)
                .hasSize((int) catalog.skills().stream().filter(Skill::active).count());

        int shortfall =
                screen.stream().mapToInt(OrganisationSkillCoverage::shortfall).sum();
        long singlePoints = screen.stream()
                .filter(OrganisationSkillCoverage::singlePointOfFailure)
                .count();
        int teamsShort =
                screen.stream().mapToInt(OrganisationSkillCoverage::teamsShort).sum();
        long uncovered = screen.stream().filter(row -> row.holders() == 0).count();
        assertThat(text)
                .contains("Shortfall against every team’s targets: " + shortfall + " · Single points of failure: "
                        + singlePoints)
                .contains("All categories " + screen.size() + " " + teamsShort + " " + shortfall + " " + singlePoints
                        + " " + uncovered);
        assertThat(shortfall).as("the demo organisation has gaps").isPositive();
    }

    @Test
    void the_whole_matrix_as_xlsx_shows_every_teams_matrix_as_the_matrix_screen_does() throws IOException {
        var hr = hr();
        var out = new ByteArrayOutputStream();

        var file = exportReport.export(hr, ReportRequest.Matrix.allTeams(), ReportFormat.XLSX, Locale.ENGLISH, out);

        assertThat(file.name()).isEqualTo("skills-matrix_all-teams_" + LocalDate.now(ZoneOffset.UTC) + ".xlsx");
        var skillByName =
                catalog.skills().stream().filter(Skill::active).collect(Collectors.toMap(Skill::name, Skill::id));
        var formatter = new DataFormatter();
        int cells = 0;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheet("Report")).as("the cover sheet").isNotNull();
            for (var team : teams.all()) {
                var screen = viewSkillProfile.ofTeam(hr, team.id());
                var sheet = workbook.getSheet(team.name());
                assertThat(sheet).as("a sheet for %s", team.name()).isNotNull();

                var header = sheet.getRow(1);
                var columns = new HashMap<Integer, SkillId>();
                for (int c = 1; c <= skillByName.size(); c++) {
                    var name = formatter.formatCellValue(header.getCell(c));
                    assertThat(skillByName).as("column %d", c).containsKey(name);
                    columns.put(c, skillByName.get(name));
                }
                var ratings = screen.index();
                var members = screen.members();
                for (int m = 0; m < members.size(); m++) {
                    var person = members.get(m);
                    var row = sheet.getRow(2 + m);
                    assertThat(formatter.formatCellValue(row.getCell(0)))
                            .as("%s, row %d", team.name(), m)
                            .isEqualTo(person.name());
                    for (var column : columns.entrySet()) {
                        var rating = ratings.get(new TeamMatrix.Cell(person.id(), column.getValue()));
                        var cell = row.getCell(column.getKey());
                        if (rating == null) {
                            assertThat(cell).as("%s unrated", person.name()).isNull();
                            continue;
                        }
                        assertThat(cell.getNumericCellValue())
                                .as("%s in column %d", person.name(), column.getKey())
                                .isEqualTo(levelOf(rating));
                        assertThat(cell.getCellStyle().getDataFormatString())
                                .as("a star on %s's level where no manager validated it", person.name())
                                .isEqualTo(rating.manager() == null ? "0\"*\"" : "0");
                        cells++;
                    }
                }
                assertThat((Object) sheet.getRow(2 + members.size()))
                        .as("nobody else in %s", team.name())
                        .isNull();
                assertThat(formatter.formatCellValue(
                                sheet.getRow(3 + members.size()).getCell(0)))
                        .isEqualTo("People rated");
            }
        }
        assertThat(cells).as("rated cells compared").isGreaterThan(1_000);
    }

    @Test
    void a_long_export_holds_up_nobody_who_rates_meanwhile() throws Exception {
        var hr = hr();
        var noah = people.byEmail(DemoPeople.EMPLOYEE).orElseThrow();
        var skill = catalog.skills().stream().filter(Skill::active).findFirst().orElseThrow();
        var halfway = new CountDownLatch(1);
        var resume = new CountDownLatch(1);
        var slow = new OutputStream() {
            long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 50_000 && halfway.getCount() > 0) {
                    halfway.countDown();
                    try {
                        resume.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        var threads = Executors.newVirtualThreadPerTaskExecutor();
        var export = CompletableFuture.supplyAsync(
                () -> exportReport.export(hr, ReportRequest.Matrix.allTeams(), ReportFormat.CSV, Locale.ENGLISH, slow),
                threads);
        try {
            assertThat(halfway.await(30, TimeUnit.SECONDS))
                    .as("the export is streaming")
                    .isTrue();

            var rated = CompletableFuture.supplyAsync(
                    () -> rateOwnSkill.rate(
                            Actor.of(noah.id(), Role.EMPLOYEE), skill.id(), Level.EXPERT, Interest.WANTS_TO_GROW, null),
                    threads);

            assertThat(rated.get(10, TimeUnit.SECONDS).level()).isEqualTo(Level.EXPERT);
            assertThat(export).as("still streaming while the rating was saved").isNotDone();
        } finally {
            resume.countDown();
        }
        var file = export.get(60, TimeUnit.SECONDS);
        threads.close();
        assertThat(auditLog.newest(5))
                .anyMatch(entry -> entry.action().equals("report.exported")
                        && entry.detail().equals(file.name()));
    }

    private Actor hr() {
        return Actor.of(people.byEmail(DemoPeople.HR).orElseThrow().id(), Role.HR, Role.EMPLOYEE);
    }

    private static int levelOf(CurrentRating rating) {
        return rating.level().map(Level::value).orElseThrow();
    }

    private record Found(int at, OrganisationSkillCoverage row) {}
}
