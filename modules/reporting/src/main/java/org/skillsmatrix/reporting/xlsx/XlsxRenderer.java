package org.skillsmatrix.reporting.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.Report;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.tables.ReportTables;

/**
 * Writes a report as an XLSX workbook with FastExcel, which writes the zip as it goes: the cover sheet reaches
 * the client before the first row is read, each sheet's rows leave as they stream in, and only the workbook's
 * styles, its shared strings (names of teams, skills and categories) and a row per sheet not yet written out stay
 * in memory. Nothing goes to temporary files.
 */
public final class XlsxRenderer {

    /** Writes the workbook and flushes; leaves {@code out} open. */
    public void render(Report report, OutputStream out) throws IOException {
        var language = Language.of(report.header());
        var workbook = new Workbook(out, language.text("product"), null);
        var names = new SheetNames();
        new CoverSheet(workbook, names).write(report.header(), notes(report, language));
        out.flush();
        if (report instanceof MatrixReport matrix) {
            new MatrixSheets(workbook, names, language).write(matrix);
            new TableSheet(workbook, names).write(ReportTables.certificates(matrix));
        } else {
            var sheet = new TableSheet(workbook, names);
            for (var table : ReportTables.sheets(report)) {
                sheet.write(table);
            }
        }
        workbook.finish();
        out.flush();
    }

    private static List<String> notes(Report report, Language language) {
        if (!(report instanceof MatrixReport matrix)) {
            return List.of(language.text("xlsx.note.tables"));
        }
        var holders = Level.HOLDS_SKILL.value() + " " + matrix.header().levelName(Level.HOLDS_SKILL);
        return List.of(
                MatrixSheets.sheetPerTeam(matrix)
                        ? language.text("xlsx.note.sheet-per-team")
                        : language.text("xlsx.note.one-sheet"),
                language.text("xlsx.note.cells"),
                language.text("xlsx.note.totals", holders),
                language.text("xlsx.note.certificates"));
    }
}
