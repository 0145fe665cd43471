package org.skillsmatrix.reporting.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Language;

/**
 * The matrix as tidy data: one row per team member and active skill, rated or not, written as the rows
 * stream in. A whole organisation has millions of lines made of few distinct fields, so each field is printed by
 * the format (its quoting and delimiter) once and its printed form reused: the member's three fields once per member,
 * a skill's two once per export, and a level, a yes or no, an interest or a day once per distinct value. Each
 * member's lines are gathered in a buffer of this writer's own and handed to the output at once.
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

    /** The fields after the skill: level, self_level, manager_level, validated, ..., stale. */
    private static final int RATING_FIELDS = 8;

    private final StringBuilder lines = new StringBuilder(1 << 16);
    private final CSVFormat format;
    private final Writer out;

    MatrixCsv(CSVFormat format, Writer out) {
        this.format = format;
        this.out = out;
    }

    void write(MatrixReport report) throws IOException {
        format.printRecord(lines, HEADER.toArray());
        handOn();
        var fields = new Fields(report);
        var skills = report.skills().stream()
                .map(skill -> fields.later(FormulaGuard.text(skill.category()))
                        + fields.later(FormulaGuard.text(skill.name())))
                .toArray(String[]::new);
        var end = format.getRecordSeparator();
        try {
            report.forEachRow(row -> {
                var member = fields.first(FormulaGuard.text(row.team().name()))
                        + fields.later(FormulaGuard.text(row.person().name()))
                        + fields.later(FormulaGuard.text(row.person().email()));
                for (int column = 0; column < skills.length; column++) {
                    lines.append(member).append(skills[column]);
                    fields.rating(lines, row.cells().get(column));
                    lines.append(end);
                }
                unchecked(this::handOn);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void handOn() throws IOException {
        out.append(lines);
        lines.setLength(0);
    }

    /** Each field as the format prints it, the fields after a record's first with their delimiter before them. */
    private final class Fields {

        private final MatrixReport report;
        private final ZoneId zone;
        private final String none;
        private final String[] levels = new String[Level.values().length];
        private final String yes;
        private final String no;
        private final Map<@Nullable Interest, String> interests = new HashMap<>();
        private final Map<LocalDate, String> days = new HashMap<>();
        private final String unrated;

        Fields(MatrixReport report) {
            this.report = report;
            this.zone = report.header().generatedAt().getZone();
            var language = Language.of(report.header());
            this.none = later(null);
            for (var level : Level.values()) {
                levels[level.value()] = later(level.value());
            }
            this.yes = later(language.yesNo(true));
            this.no = later(language.yesNo(false));
            interests.put(null, later(language.interest(null)));
            for (var interest : Interest.values()) {
                interests.put(interest, later(language.interest(interest)));
            }
            this.unrated = none.repeat(RATING_FIELDS);
        }

        /** The rating's fields, or empty ones where the member has not been rated in the skill. */
        void rating(StringBuilder line, @Nullable CurrentRating rating) {
            if (rating == null) {
                line.append(unrated);
                return;
            }
            line.append(rating.level().map(level -> levels[level.value()]).orElse(none))
                    .append(level(rating.self()))
                    .append(level(rating.manager()))
                    .append(rating.manager() != null ? yes : no)
                    .append(interests.get(rating.interest()))
                    .append(day(rating.self()))
                    .append(day(rating.manager()))
                    .append(report.stale(rating) ? yes : no);
        }

        private String level(@Nullable Rating rating) {
            return rating == null ? none : levels[rating.level().value()];
        }

        private String day(@Nullable Rating rating) {
            return rating == null
                    ? none
                    : days.computeIfAbsent(LocalDate.ofInstant(rating.at(), zone), day -> later(day.toString()));
        }

        /** The value as the first field of a record. */
        String first(@Nullable Object value) {
            return printed(value, true);
        }

        /** The value as a later field of a record, after its delimiter. */
        String later(@Nullable Object value) {
            return printed(value, false);
        }

        private String printed(@Nullable Object value, boolean first) {
            var field = new StringBuilder();
            try {
                format.print(value, field, first);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return field.toString();
        }
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
}
