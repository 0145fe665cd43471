package org.skillsmatrix.reporting.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
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
 * the format (its quoting and delimiter) and encoded as UTF-8 once, and its bytes reused: the member's three fields
 * once per member, a skill's two once per export, and a level, a yes or no, an interest or a day once per distinct
 * value. The lines' bytes are gathered in a buffer of this writer's own and handed to the output each time it is
 * full, with no flush between.
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

    private static final int BUFFER = 1 << 16;

    private static final long SECONDS_PER_DAY = 86_400;

    private static final int DAYS_OF_ROOM = 366;

    private final byte[] buffer = new byte[BUFFER];
    private int used;
    private final CSVFormat format;
    private final OutputStream out;

    MatrixCsv(CSVFormat format, OutputStream out) {
        this.format = format;
        this.out = out;
    }

    /** Writes the report and flushes; leaves {@code out} open. */
    void write(MatrixReport report) throws IOException {
        var header = new StringBuilder();
        format.printRecord(header, HEADER.toArray());
        append(bytes(header));
        var fields = new Fields(report);
        var skills = report.skills().stream()
                .map(skill -> concat(
                        fields.later(FormulaGuard.text(skill.category())),
                        fields.later(FormulaGuard.text(skill.name()))))
                .toArray(byte[][]::new);
        var end = bytes(format.getRecordSeparator());
        try {
            report.forEachRow(row -> unchecked(() -> {
                var member = concat(
                        fields.first(FormulaGuard.text(row.team().name())),
                        fields.later(FormulaGuard.text(row.person().name())),
                        fields.later(FormulaGuard.text(row.person().email())));
                for (int column = 0; column < skills.length; column++) {
                    append(member);
                    append(skills[column]);
                    fields.rating(row.cells().get(column));
                    append(end);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.write(buffer, 0, used);
        used = 0;
        out.flush();
    }

    private void append(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - used) {
            out.write(buffer, 0, used);
            used = 0;
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (var part : parts) {
            length += part.length;
        }
        var joined = new byte[length];
        int at = 0;
        for (var part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }

    /** Each field as the format prints it, the fields after a record's first with their delimiter before them. */
    private final class Fields {

        private final MatrixReport report;
        private final ZoneRules zone;
        private final byte[] none;
        private final byte[][] levels = new byte[Level.values().length][];
        private final byte[] yes;
        private final byte[] no;
        private final byte[] noInterest;
        private final byte[][] interests = new byte[Interest.values().length][];
        private final byte[] unrated;

        /** Each day's field, once printed, by its days after {@link #firstDay}. */
        private byte[][] days = new byte[0][];

        private long firstDay;

        Fields(MatrixReport report) {
            this.report = report;
            this.zone = report.header().generatedAt().getZone().getRules();
            this.firstDay = report.header().generatedAt().toLocalDate().toEpochDay();
            var language = Language.of(report.header());
            this.none = later(null);
            for (var level : Level.values()) {
                levels[level.value()] = later(level.value());
            }
            this.yes = later(language.yesNo(true));
            this.no = later(language.yesNo(false));
            this.noInterest = later(language.interest(null));
            for (var interest : Interest.values()) {
                interests[interest.ordinal()] = later(language.interest(interest));
            }
            var blanks = new byte[RATING_FIELDS][];
            Arrays.fill(blanks, none);
            this.unrated = concat(blanks);
        }

        /** The rating's fields, or empty ones where the member has not been rated in the skill. */
        void rating(@Nullable CurrentRating rating) throws IOException {
            if (rating == null) {
                append(unrated);
                return;
            }
            var self = rating.self();
            var manager = rating.manager();
            append(level(manager != null ? manager : self));
            append(level(self));
            append(level(manager));
            append(manager != null ? yes : no);
            append(interest(rating.interest()));
            append(day(self));
            append(day(manager));
            append(report.stale(rating) ? yes : no);
        }

        private byte[] level(@Nullable Rating rating) {
            return rating == null ? none : levels[rating.level().value()];
        }

        private byte[] interest(@Nullable Interest interest) {
            return interest == null ? noInterest : interests[interest.ordinal()];
        }

        /** The day of the rating in the report's zone, as {@link LocalDate#ofInstant} counts it. */
        private byte[] day(@Nullable Rating rating) {
            if (rating == null) {
                return none;
            }
            var at = rating.at();
            long day = Math.floorDiv(at.getEpochSecond() + zone.getOffset(at).getTotalSeconds(), SECONDS_PER_DAY);
            if (day < firstDay || day >= firstDay + days.length) {
                widen(day);
            }
            int index = (int) (day - firstDay);
            var printed = days[index];
            if (printed == null) {
                printed = later(LocalDate.ofEpochDay(day).toString());
                days[index] = printed;
            }
            return printed;
        }

        /** Makes room for the day in {@link #days}, and for a year more in its direction. */
        private void widen(long day) {
            long from = firstDay;
            long to = firstDay + days.length;
            if (day < from) {
                from = day - DAYS_OF_ROOM;
            } else {
                to = day + 1 + DAYS_OF_ROOM;
            }
            var wider = new byte[(int) (to - from)][];
            System.arraycopy(days, 0, wider, (int) (firstDay - from), days.length);
            days = wider;
            firstDay = from;
        }

        /** The value as the first field of a record. */
        byte[] first(@Nullable Object value) {
            return printed(value, true);
        }

        /** The value as a later field of a record, after its delimiter. */
        byte[] later(@Nullable Object value) {
            return printed(value, false);
        }

        private byte[] printed(@Nullable Object value, boolean first) {
            var field = new StringBuilder();
            try {
                format.print(value, field, first);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes(field);
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
