package org.skillsmatrix.reporting.xlsx;

import java.io.IOException;
import org.dhatim.fastexcel.Workbook;
import org.skillsmatrix.reporting.base.Table;

/** A table as a sheet: a frozen header row and first column, an autofilter, set widths, and a totals row. */
final class TableSheet {

    private final Workbook workbook;
    private final SheetNames names;

    TableSheet(Workbook workbook, SheetNames names) {
        this.workbook = workbook;
        this.names = names;
    }

    void write(Table table) throws IOException {
        var sheet = workbook.newWorksheet(names.unique(table.name()));
        var columns = table.columns();
        sheet.rowHeight(0, 32);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).title());
            XlsxStyles.HEADER.on(sheet, 0, c);
            sheet.width(c, Math.min(255, columns.get(c).width() + 2));
        }
        sheet.freezePane(1, 1);
        PrintLayout.apply(sheet, 1);
        int r = 1;
        for (var values : table.rows()) {
            for (int c = 0; c < values.size(); c++) {
                Cells.write(sheet, r, c, values.get(c));
            }
            r++;
        }
        sheet.setAutoFilter(0, 0, Math.max(1, r - 1), columns.size() - 1);
        var total = table.total();
        if (total != null) {
            for (int c = 0; c < total.size(); c++) {
                Cells.total(sheet, r, c, total.get(c));
            }
        }
        sheet.finish();
    }
}
