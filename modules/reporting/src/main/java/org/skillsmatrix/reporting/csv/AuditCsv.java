package org.skillsmatrix.reporting.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.skillsmatrix.domain.audit.AuditLine;
import org.skillsmatrix.domain.audit.AuditTrailCsv;

/**
 * The audit trail as CSV: UTF-8, CRLF line ends, quoted only where needed (RFC 4180), a header row, then one row
 * per entry as the entries come; text a spreadsheet would run as a formula is neutralised.
 */
public final class AuditCsv implements AuditTrailCsv {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    @Override
    public void write(Iterator<AuditLine> lines, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        var printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord("at", "actor_id", "actor", "kind", "action", "subject", "about", "detail");
        while (lines.hasNext()) {
            var line = lines.next();
            var entry = line.entry();
            printer.printRecord(
                    entry.at(),
                    entry.actor(),
                    FormulaGuard.text(line.actor().orElse("")),
                    line.kind().code(),
                    entry.action(),
                    FormulaGuard.text(entry.subject()),
                    FormulaGuard.text(line.about().orElse("")),
                    FormulaGuard.text(entry.detail()));
        }
        printer.flush();
    }
}
