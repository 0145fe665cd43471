package org.skillsmatrix.domain.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.people.Person;

/**
 * An import file read up to its rows: within the limits, UTF-8 (a byte order mark is allowed), CSV, with a header
 * naming every required column and no unknown one. What stops a file here stops it as a whole; the imports then
 * check its rows.
 */
final class ImportFile {

    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private ImportFile(Map<String, Integer> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** Reads the file, or says why it cannot be imported at all. */
    static Outcome read(
            InputStream in, ImportLimits limits, CsvReader csv, List<String> required, List<String> optional) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be read", e);
        }
        if (bytes.length > limits.maxBytes()) {
            return new Outcome.Refused(
                    ImportResult.Verdict.TOO_LARGE, 0, List.of(ImportProblem.tooLarge(limits.maxBytes())));
        }
        var problems = new ArrayList<ImportProblem>();
        var text = utf8(bytes, problems);
        if (!problems.isEmpty()) {
            return new Outcome.Refused(ImportResult.Verdict.INVALID, 0, problems);
        }
        List<CsvRecord> records;
        try {
            records = csv.read(text);
        } catch (MalformedCsv malformed) {
            return new Outcome.Refused(
                    ImportResult.Verdict.INVALID,
                    0,
                    List.of(ImportProblem.ofLine(malformed.line(), notCsv(malformed.reason()))));
        }
        var expected = String.join(",", required) + (optional.isEmpty() ? "" : "," + String.join(",", optional));
        if (records.isEmpty()) {
            return new Outcome.Refused(
                    ImportResult.Verdict.INVALID, 0, List.of(ImportProblem.ofLine(1, "file.empty", expected)));
        }
        int rowCount = records.size() - 1;
        if (rowCount > limits.maxRows()) {
            return new Outcome.Refused(
                    ImportResult.Verdict.TOO_LARGE,
                    rowCount,
                    List.of(ImportProblem.ofFile("file.too-many-rows", rowCount, limits.maxRows())));
        }
        var header = records.getFirst();
        var columns = header(header, required, optional, expected, problems);
        if (!problems.isEmpty()) {
            return new Outcome.Refused(ImportResult.Verdict.INVALID, rowCount, problems);
        }
        var rows = new ArrayList<Row>(rowCount);
        for (var record : records.subList(1, records.size())) {
            if (record.values().size() != header.values().size()) {
                problems.add(ImportProblem.ofLine(
                        record.line(),
                        "line.values",
                        record.values().size(),
                        header.values().size()));
            } else {
                rows.add(new Row(record.line(), record.values(), columns));
            }
        }
        return new Outcome.Readable(new ImportFile(columns, rows), rowCount, problems);
    }

    private static Map<String, Integer> header(
            CsvRecord header,
            List<String> required,
            List<String> optional,
            String expected,
            List<ImportProblem> problems) {
        var known = new HashSet<String>(required);
        known.addAll(optional);
        var columns = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < header.values().size(); i++) {
            var name = columnName(header.values().get(i));
            if (!known.contains(name)) {
                problems.add(
                        name.isEmpty()
                                ? new ImportProblem(
                                        header.line(), i + 1, name, "header.unnamed-column", List.of(expected))
                                : new ImportProblem(
                                        header.line(), i + 1, name, "header.unknown-column", List.of(name, expected)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(header.line(), i + 1, name, "header.column-twice", List.of(name)));
            }
        }
        var missing =
                required.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            problems.add(ImportProblem.ofLine(
                    header.line(),
                    missing.size() == 1 ? "header.missing-column" : "header.missing-columns",
                    String.join(", ", missing),
                    expected));
        }
        return columns;
    }

    /** A header's name as the imports know it: lower case, words joined by underscores. */
    static String columnName(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /**
     * The text of UTF-8 bytes, without a byte order mark; every line with bytes that are not UTF-8 becomes a problem
     * naming the first such byte.
     */
    private static String utf8(byte[] bytes, List<ImportProblem> problems) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1);
        var lines = new LineCounter();
        long lastProblemLine = -1;
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                lines.advance(out);
                if (lines.line() != lastProblemLine) {
                    lastProblemLine = lines.line();
                    problems.add(new ImportProblem(
                            lines.line(),
                            lines.column(),
                            null,
                            "file.not-utf-8",
                            List.of(String.format(Locale.ROOT, "0x%02X", bytes[in.position()] & 0xFF))));
                }
                in.position(in.position() + result.length());
                out.put('\uFFFD');
                continue;
            }
            decoder.flush(out);
            break;
        }
        out.flip();
        var text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String notCsv(MalformedCsv.Reason reason) {
        return switch (reason) {
            case UNCLOSED_QUOTE -> "file.not-csv.unclosed-quote";
            case TEXT_AFTER_QUOTE -> "file.not-csv.text-after-quote";
            case UNREADABLE -> "file.not-csv.unreadable";
        };
    }

    /** Counts lines (ended by CRLF, LF or CR) through the characters decoded so far. */
    private static final class LineCounter {

        private int scanned;
        private long line = 1;
        private int lineStart;
        private boolean afterCr;

        void advance(CharBuffer out) {
            int end = out.position();
            for (; scanned < end; scanned++) {
                char c = out.get(scanned);
                if (c == '\n') {
                    if (!afterCr) {
                        line++;
                    }
                    lineStart = scanned + 1;
                    afterCr = false;
                } else if (c == '\r') {
                    line++;
                    lineStart = scanned + 1;
                    afterCr = true;
                } else {
                    afterCr = false;
                }
            }
        }

        long line() {
            return line;
        }

        int column() {
            return scanned - lineStart + 1;
        }
    }

    /** One row below the header, whose values are read by column name. */
    static final class Row {

        private final long line;
        private final List<String> values;
        private final Map<String, Integer> columns;

        Row(long line, List<String> values, Map<String, Integer> columns) {
            this.line = line;
            this.values = values;
            this.columns = columns;
        }

        long line() {
            return line;
        }

        /** The value, stripped; empty where the column is empty or not in the file. */
        String get(String column) {
            var index = columns.get(column);
            return index == null ? "" : values.get(index).strip();
        }

        /** The column's number, from 1; 0 where the file has no such column. */
        int column(String column) {
            var index = columns.get(column);
            return index == null ? 0 : index + 1;
        }

        /** A problem of one of the row's values: its key and what fills the key's text. */
        ImportProblem problem(String column, String key, Object... arguments) {
            return new ImportProblem(line, column(column), column, key, List.of(arguments));
        }

        /** The column's e-mail as people are found by; where it holds none, a problem of the row and nothing. */
        @Nullable
        String email(String column, List<ImportProblem> problems) {
            var value = get(column);
            try {
                return Person.normalisedEmail(value);
            } catch (InvalidInput invalid) {
                problems.add(refused(column, value, Person.MAX_EMAIL, invalid, "value.not-an-email", value));
                return null;
            }
        }

        /**
         * The problem of a value the domain refused, named as every text's rules name it (missing, longer than
         * {@code max}, or holding a character no text may hold), or else by {@code ownRule}, the rule of the value
         * itself, with its arguments.
         */
        ImportProblem refused(
                String column, String value, int max, InvalidInput refusal, String ownRule, Object... arguments) {
            return switch (refusal.kind()) {
                case CONTROL_CHARACTER -> problem(column, "value.control-character");
                case INVISIBLE_CHARACTER -> problem(column, "value.invisible-character");
                case FIELD_RULE -> {
                    if (value.isBlank()) {
                        yield problem(column, "value.missing");
                    }
                    yield value.strip().length() > max
                            ? problem(column, "value.too-long", max)
                            : problem(column, ownRule, arguments);
                }
            };
        }
    }

    /** A file that can be checked row by row, or one that cannot be imported at all. */
    sealed interface Outcome {

        /** The header is fine; {@code problems} are those of lines that could not be split into the columns. */
        record Readable(ImportFile file, int rowCount, List<ImportProblem> problems) implements Outcome {}

        record Refused(ImportResult.Verdict verdict, int rowCount, List<ImportProblem> problems) implements Outcome {}
    }

    /** Collects problems and the first line each key was seen on, for "the same as line n". */
    static final class FirstSeen<K> {

        private final Map<K, Long> lines = new HashMap<>();

        /** The line the key was first seen on, or none if this is the first time. */
        @Nullable
        Long seen(K key, long line) {
            return lines.putIfAbsent(key, line);
        }
    }
}
