package org.skillsmatrix.reporting.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.Report;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.tables.ReportTables;

/**
 * Writes a report as an XLSX workbook through POI's streaming API: only a window of rows is in memory, the
 * rest goes to compressed temporary files that are deleted once the workbook is written.
 */
public final class XlsxRenderer {

    private static final int ROWS_IN_MEMORY = 100;

    /** Writes the workbook and flushes; leaves {@code out} open. */
    public void render(Report report, OutputStream out) throws IOException {
        var workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
        try {
            var styles = new XlsxStyles(workbook);
            var names = new SheetNames();
            new CoverSheet(workbook, styles, names).write(report.header(), notes(report));
            if (report instanceof MatrixReport matrix) {
                new MatrixSheets(workbook, styles, names).write(matrix);
            } else {
                var sheet = new TableSheet(workbook, styles, names);
                ReportTables.sheets(report).forEach(sheet::write);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static List<String> notes(Report report) {
        if (!(report instanceof MatrixReport matrix)) {
            return List.of("Each sheet has a filter on its header row; totals, where there are any, are below it.");
        }
        var holders = Level.HOLDS_SKILL.value() + " " + matrix.header().levelName(Level.HOLDS_SKILL);
        return List.of(
                MatrixSheets.sheetPerTeam(matrix)
                        ? "One sheet per team: a row per active member, a column per active skill, grouped by category."
                        : "All teams on one sheet with a Team column; filter it to see one team.",
                "Each cell holds the level that counts, in its colour: the manager's where there is one, else the"
                        + " person's own. A star (3*) marks a self-rating no manager has validated yet; an empty cell,"
                        + " a skill not rated.",
                "Below the people, each sheet counts per skill the people rated and those at " + holders
                        + " or above.");
    }
}
