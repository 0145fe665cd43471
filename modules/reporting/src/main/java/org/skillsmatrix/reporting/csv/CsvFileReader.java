package org.skillsmatrix.reporting.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.skillsmatrix.domain.imports.CsvReader;
import org.skillsmatrix.domain.imports.CsvRecord;
import org.skillsmatrix.domain.imports.MalformedCsv;

/**
 * Reads the CSV files of imports with Commons CSV: RFC 4180, any mix of CRLF, LF and CR between records, blank
 * lines skipped, each record with the line it starts on (a quoted value may span lines).
 */
public final class CsvFileReader implements CsvReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    @Override
    public List<CsvRecord> read(String text) {
        var lineStarts = lineStarts(text);
        var records = new ArrayList<CsvRecord>();
        long lastLine = 0;
        try (var parser = CSVParser.parse(text, FORMAT)) {
            for (var record : parser) {
                records.add(
                        new CsvRecord(lineOf(start(text, record.getCharacterPosition()), lineStarts), record.toList()));
                lastLine = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MalformedCsv(lastLine + 1, explained(e));
        }
        return records;
    }

    private static MalformedCsv.Reason explained(Exception failure) {
        var message = String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("eof reached before encapsulated token finished")) {
            return MalformedCsv.Reason.UNCLOSED_QUOTE;
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return MalformedCsv.Reason.TEXT_AFTER_QUOTE;
        }
        return MalformedCsv.Reason.UNREADABLE;
    }

    /** Where a record starts: its position, past the blank lines skipped before it. */
    private static long start(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    /** The positions at which lines start; a line ends with CRLF, LF or CR. */
    private static long[] lineStarts(String text) {
        var starts = new long[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The line, from 1, of the character at a position. */
    private static long lineOf(long position, long[] lineStarts) {
        int index = Arrays.binarySearch(lineStarts, position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
