package org.skillsmatrix.reporting.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.Report;
import org.skillsmatrix.reporting.tables.ReportTables;

/**
 * Writes a report as CSV: UTF-8, CRLF line ends, quoted only where needed (RFC 4180), a header row, then one
 * row per observation. The Excel variant starts with a byte order mark and separates with semicolons, as
 * Excel expects in most of Europe when a CSV is opened by double-click.
 */
public final class CsvRenderer {

    private static final int BUFFER = 1 << 16;

    /** U+FEFF in UTF-8. */
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVFormat format;
    private final boolean byteOrderMark;

    private CsvRenderer(char delimiter, boolean byteOrderMark) {
        this.format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setRecordSeparator("\r\n")
                .get();
        this.byteOrderMark = byteOrderMark;
    }

    public static CsvRenderer standard() {
        return new CsvRenderer(',', false);
    }

    public static CsvRenderer forExcel() {
        return new CsvRenderer(';', true);
    }

    /** Writes the report and flushes; leaves {@code out} open. */
    public void render(Report report, OutputStream out) throws IOException {
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        if (report instanceof MatrixReport matrix) {
            new MatrixCsv(format, out).write(matrix);
            return;
        }
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        new TableCsv(new CSVPrinter(writer, format)).write(ReportTables.tidy(report));
        writer.flush();
    }
}
