package org.skillsmatrix.reporting.xlsx;

import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.ReportHeader;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Language;

/** The first sheet: what the report is, its filters, when and by whom it was made, and the colour of each level. */
final class CoverSheet {

    private final Workbook workbook;
    private final SheetNames names;

    CoverSheet(Workbook workbook, SheetNames names) {
        this.workbook = workbook;
        this.names = names;
    }

    /** Writes the sheet out whole, before any other sheet is started. */
    void write(ReportHeader header, List<String> notes) throws IOException {
        var language = Language.of(header);
        var sheet = workbook.newWorksheet(names.unique(language.text("xlsx.cover")));
        sheet.width(0, 22);
        sheet.width(1, 90);
        PrintLayout.apply(sheet, 0);
        int r = 0;
        text(sheet, r, header.title(), null);
        XlsxStyles.TITLE.on(sheet, r++, 0);
        r++;
        pair(sheet, r++, language.text("header.generated"), language.generatedAt(header.generatedAt()));
        pair(sheet, r++, language.text("header.generated-by"), header.generatedBy());
        for (var filter : header.filters()) {
            pair(sheet, r++, filter.label(), filter.value());
        }
        r++;
        text(sheet, r, language.text("xlsx.scale"), null);
        XlsxStyles.LABEL.on(sheet, r++, 0);
        for (var level : Level.values()) {
            sheet.value(r, 0, level.value());
            XlsxStyles.level(level, true, false).on(sheet, r, 0);
            var name = header.scale().get(level.value());
            sheet.value(r, 1, name.name() + ": " + name.descriptor());
            XlsxStyles.WRAPPED.on(sheet, r++, 1);
        }
        if (!notes.isEmpty()) {
            r++;
            text(sheet, r, language.text("xlsx.notes"), null);
            XlsxStyles.LABEL.on(sheet, r++, 0);
            for (var note : notes) {
                text(sheet, r++, "", note);
            }
        }
        sheet.finish();
    }

    private static void pair(Worksheet sheet, int r, String label, String value) {
        text(sheet, r, label, value);
        XlsxStyles.LABEL.on(sheet, r, 0);
    }

    private static void text(Worksheet sheet, int r, String first, @Nullable String second) {
        sheet.value(r, 0, first);
        if (second != null) {
            sheet.value(r, 1, second);
            XlsxStyles.WRAPPED.on(sheet, r, 1);
        }
    }
}
