package org.skillsmatrix.reporting.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.Report;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.tables.ReportTables;

/**
 * Writes a report as an XLSX workbook with FastExcel, which writes the zip as it goes: the cover sheet reaches
 * the client before the first row is read, each sheet's rows leave as they stream in, and only the workbook's
 * styles, its shared strings (names of teams, skills and categories) and a row per sheet not yet written out stay
 * in memory. Nothing goes to temporary files.
 */
public final class XlsxRenderer {

    private static final String APPLICATION = "Skills Matrix";

    /** Writes the workbook and flushes; leaves {@code out} open. */
    public void render(Report report, OutputStream out) throws IOException {
        var workbook = new Workbook(out, APPLICATION, null);
        var names = new SheetNames();
        new CoverSheet(workbook, names).write(report.header(), notes(report));
        out.flush();
        if (report instanceof MatrixReport matrix) {
            new MatrixSheets(workbook, names).write(matrix);
        } else {
            var sheet = new TableSheet(workbook, names);
            for (var table : ReportTables.sheets(report)) {
                sheet.write(table);
            }
        }
        workbook.finish();
        out.flush();
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
