package org.skillsmatrix.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.MatrixReport.Row;
import org.skillsmatrix.domain.report.MatrixReport.TeamLabel;
import org.skillsmatrix.domain.report.ReportHeader;
import org.skillsmatrix.domain.report.SkillLabel;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.ScaleLevel;

/**
 * The matrix CSV prints each distinct field once and reuses it; the file must be what printing every field of every
 * line through Commons CSV gives, quoting, delimiters, formula guards and days in the report's zone included.
 */
class MatrixCsvTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant STALE_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

    private final List<SkillLabel> skills = List.of(
            skill("\"Core\" languages", "C, C++"),
            skill("Platforms", "Line\nbreak"),
            skill("Platforms", "=Formula"),
            skill("Platforms", " leading space"),
            skill("Data", "PostgreSQL"));

    private final TeamLabel team = new TeamLabel(new TeamId(UUID.randomUUID()), "Payments, Cards & \"Wallets\"");

    @Test
    void theFileIsWhatPrintingEveryFieldGives() throws IOException {
        var ann = person("Doe, \"Ann\"", "ann@example.com");
        var bob = person("+Bob Plus", "bob@example.com");
        var zoe = person("Zoë Łukasiewicz 日本 \uD83D\uDE80", "zoë@exämple.com");
        var rows = List.of(
                new Row(
                        team,
                        ann,
                        Arrays.asList(
                                rating(
                                        ann,
                                        0,
                                        Level.PROFICIENT,
                                        "2026-03-01T23:30:00Z",
                                        null,
                                        null,
                                        Interest.WANTS_TO_GROW),
                                null,
                                rating(
                                        ann,
                                        2,
                                        Level.AWARENESS,
                                        "2025-06-30T22:30:00Z",
                                        Level.WORKING_KNOWLEDGE,
                                        "2025-07-01T08:00:00Z",
                                        null),
                                rating(ann, 3, null, null, Level.EXPERT, "2024-12-31T23:59:59Z", null),
                                rating(ann, 4, Level.NONE, "2026-02-02T10:00:00Z", null, null, Interest.RATHER_NOT))),
                new Row(team, bob, Arrays.asList(null, null, null, null, null)),
                new Row(
                        team,
                        zoe,
                        Arrays.asList(
                                null,
                                rating(zoe, 1, Level.EXPERT, "2026-02-28T23:00:00Z", null, null, Interest.NEUTRAL),
                                null,
                                null,
                                null)));
        var report = new MatrixReport(header(), skills, List.of(team), rows::forEach, STALE_BEFORE, List::of);

        assertThat(rendered(CsvRenderer.standard(), report)).isEqualTo(printedFieldByField(',', report, rows));
        assertThat(rendered(CsvRenderer.forExcel(), report))
                .isEqualTo("\uFEFF" + printedFieldByField(';', report, rows));
    }

    @Test
    void aFileLargerThanTheWritersBufferIsWhatPrintingEveryFieldGives() throws IOException {
        var rows = new ArrayList<Row>();
        for (int member = 0; member < 3_000; member++) {
            var person = person("Person \"" + member + "\", Ünal", "person" + member + "@example.com");
            var cells = new ArrayList<@Nullable CurrentRating>();
            for (int column = 0; column < skills.size(); column++) {
                cells.add(
                        (member + column) % 3 == 0
                                ? null
                                : rating(
                                        person,
                                        column,
                                        Level.of(column),
                                        Instant.parse("2025-01-01T12:00:00Z")
                                                .plusSeconds(86_400L * member)
                                                .toString(),
                                        member % 2 == 0 ? Level.EXPERT : null,
                                        member % 2 == 0 ? "2026-01-01T00:00:00Z" : null,
                                        Interest.values()[member % Interest.values().length]));
            }
            rows.add(new Row(team, person, cells));
        }
        var report = new MatrixReport(header(), skills, List.of(team), rows::forEach, STALE_BEFORE, List::of);

        var rendered = rendered(CsvRenderer.standard(), report);

        assertThat(rendered.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1 << 20);
        assertThat(rendered).isEqualTo(printedFieldByField(',', report, rows));
    }

    private static String rendered(CsvRenderer renderer, MatrixReport report) throws IOException {
        var out = new ByteArrayOutputStream();
        renderer.render(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every line's fields printed one by one, as a plain CSVPrinter would. */
    private String printedFieldByField(char delimiter, MatrixReport report, List<Row> rows) throws IOException {
        var text = new StringBuilder();
        var format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setRecordSeparator("\r\n")
                .get();
        var printer = new CSVPrinter(text, format);
        printer.printRecord(MatrixCsv.HEADER);
        for (var row : rows) {
            for (int column = 0; column < skills.size(); column++) {
                var skill = skills.get(column);
                var cell = row.cells().get(column);
                var fields = new ArrayList<@Nullable Object>(List.of(
                        FormulaGuard.text(row.team().name()),
                        FormulaGuard.text(row.person().name()),
                        FormulaGuard.text(row.person().email()),
                        FormulaGuard.text(skill.category()),
                        FormulaGuard.text(skill.name())));
                if (cell == null) {
                    for (int blank = 0; blank < 8; blank++) {
                        fields.add(null);
                    }
                } else {
                    fields.add(cell.level().map(Level::value).orElse(null));
                    fields.add(cell.self() == null ? null : cell.self().level().value());
                    fields.add(
                            cell.manager() == null
                                    ? null
                                    : cell.manager().level().value());
                    fields.add(cell.manager() != null ? "yes" : "no");
                    fields.add(
                            cell.interest() == null
                                    ? ""
                                    : switch (cell.interest()) {
                                        case WANTS_TO_GROW -> "wants to grow";
                                        case NEUTRAL -> "neutral";
                                        case RATHER_NOT -> "would rather not";
                                    });
                    fields.add(day(cell.self()));
                    fields.add(day(cell.manager()));
                    fields.add(report.stale(cell) ? "yes" : "no");
                }
                printer.printRecord(fields);
            }
        }
        return text.toString();
    }

    private static @Nullable String day(@Nullable Rating rating) {
        return rating == null ? null : LocalDate.ofInstant(rating.at(), BERLIN).toString();
    }

    private CurrentRating rating(
            Person person,
            int column,
            @Nullable Level self,
            @Nullable String selfAt,
            @Nullable Level manager,
            @Nullable String managerAt,
            @Nullable Interest interest) {
        return new CurrentRating(
                person.id(),
                skills.get(column).skill(),
                self == null ? null : new Rating(self, Instant.parse(selfAt)),
                manager == null ? null : new Rating(manager, Instant.parse(managerAt)),
                interest);
    }

    private static ReportHeader header() {
        var scale = Arrays.stream(Level.values())
                .map(level -> new ScaleLevel(level, level.name(), "As " + level.name(), 0))
                .toList();
        return new ReportHeader(
                "Skills matrix",
                List.of(),
                ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, BERLIN),
                "HR",
                scale,
                Locale.ENGLISH);
    }

    private static SkillLabel skill(String category, String name) {
        return new SkillLabel(new SkillId(UUID.randomUUID()), category, name);
    }

    private static Person person(String name, String email) {
        return new Person(new PersonId(UUID.randomUUID()), name, email, null, true, 0);
    }
}
