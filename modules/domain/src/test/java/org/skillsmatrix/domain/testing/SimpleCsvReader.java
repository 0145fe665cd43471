package org.skillsmatrix.domain.testing;

import java.util.ArrayList;
import java.util.List;
import org.skillsmatrix.domain.imports.CsvReader;
import org.skillsmatrix.domain.imports.CsvRecord;
import org.skillsmatrix.domain.imports.MalformedCsv;

/**
 * {@link CsvReader} for the domain's tests: RFC 4180 with any line endings and blank lines skipped, as the
 * adapter reads it, in a few lines of plain Java.
 */
public final class SimpleCsvReader implements CsvReader {

    @Override
    public List<CsvRecord> read(String text) {
        var records = new ArrayList<CsvRecord>();
        var values = new ArrayList<String>();
        var value = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r') || c == '\r') {
                        line++;
                    }
                    value.append(c);
                }
            } else if (c == '"' && value.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, values, value, recordLine, wasQuoted);
                wasQuoted = false;
                line++;
                recordLine = line;
            } else if (wasQuoted) {
                throw new MalformedCsv(recordLine, MalformedCsv.Reason.TEXT_AFTER_QUOTE);
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsv(recordLine, MalformedCsv.Reason.UNCLOSED_QUOTE);
        }
        end(records, values, value, recordLine, wasQuoted);
        return records;
    }

    private static void end(
            List<CsvRecord> records, List<String> values, StringBuilder value, long line, boolean wasQuoted) {
        if (values.isEmpty() && value.isEmpty() && !wasQuoted) {
            return;
        }
        values.add(value.toString());
        records.add(new CsvRecord(line, values));
        values.clear();
        value.setLength(0);
    }
}
