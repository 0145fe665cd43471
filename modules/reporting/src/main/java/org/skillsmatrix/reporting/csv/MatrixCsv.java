package org.skillsmatrix.reporting.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.SkillLabel;
import org.skillsmatrix.reporting.base.Language;

/**
 * The matrix as tidy data: one row per team member and active skill, rated or not, written as the rows
 * stream in. Each member's lines are printed into a buffer of this writer's own and handed to the output at once:
 * printing the fields' characters one by one into the output's synchronized writer took most of a whole
 * organisation's export.
 */
final class MatrixCsv {

    static final List<String> HEADER = List.of(
            "team",
            "person",
            "email",
            "category",
            "skill",
            "level",
            "self_level",
            "manager_level",
            "validated",
            "interest",
            "self_rated_on",
            "manager_rated_on",
            "stale");

    private final StringBuilder lines = new StringBuilder(1 << 16);
    private final CSVPrinter printer;
    private final Writer out;

    MatrixCsv(CSVFormat format, Writer out) throws IOException {
        this.printer = new CSVPrinter(lines, format);
        this.out = out;
    }

    void write(MatrixReport report) throws IOException {
        printer.printRecord(HEADER);
        handOn();
        var zone = report.header().generatedAt().getZone();
        var language = Language.of(report.header());
        var skills = report.skills();
        try {
            report.forEachRow(row -> {
                var team = FormulaGuard.text(row.team().name());
                var person = FormulaGuard.text(row.person().name());
                var email = FormulaGuard.text(row.person().email());
                for (int column = 0; column < skills.size(); column++) {
                    var cell = row.cells().get(column);
                    write(team, person, email, skills.get(column), cell, report.stale(cell), zone, language);
                }
                unchecked(this::handOn);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void write(
            String team,
            String person,
            String email,
            SkillLabel skill,
            @Nullable CurrentRating rating,
            boolean stale,
            ZoneId zone,
            Language language) {
        try {
            printer.print(team);
            printer.print(person);
            printer.print(email);
            printer.print(FormulaGuard.text(skill.category()));
            printer.print(FormulaGuard.text(skill.name()));
            if (rating == null) {
                for (int blank = 0; blank < 8; blank++) {
                    printer.print(null);
                }
            } else {
                printer.print(rating.level().map(level -> level.value()).orElse(null));
                printer.print(level(rating.self()));
                printer.print(level(rating.manager()));
                printer.print(language.yesNo(rating.manager() != null));
                printer.print(language.interest(rating.interest()));
                printer.print(date(rating.self(), zone));
                printer.print(date(rating.manager(), zone));
                printer.print(language.yesNo(stale));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handOn() throws IOException {
        out.append(lines);
        lines.setLength(0);
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void unchecked(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Integer level(@Nullable Rating rating) {
        return rating == null ? null : rating.level().value();
    }

    private static @Nullable String date(@Nullable Rating rating, ZoneId zone) {
        return rating == null ? null : rating.at().atZone(zone).toLocalDate().toString();
    }
}
