package org.skillsmatrix.reporting.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillsmatrix.reporting.base.Table;

/** A table as a sheet: a frozen header row and first column, an autofilter, set widths, and a totals row. */
final class TableSheet {

    private final SXSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final SheetNames names;
    private final Cells cells;

    TableSheet(SXSSFWorkbook workbook, XlsxStyles styles, SheetNames names) {
        this.workbook = workbook;
        this.styles = styles;
        this.names = names;
        this.cells = new Cells(styles);
    }

    void write(Table table) {
        var sheet = workbook.createSheet(names.unique(table.name()));
        var columns = table.columns();
        var header = sheet.createRow(0);
        header.setHeightInPoints(32);
        for (int c = 0; c < columns.size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(columns.get(c).title());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width() + 2) * 256);
        }
        sheet.createFreezePane(1, 1);
        PrintLayout.apply(sheet, 1);
        int r = 1;
        for (var values : table.rows()) {
            var row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                cells.write(row, c, values.get(c));
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, columns.size() - 1));
        var total = table.total();
        if (total != null) {
            var row = sheet.createRow(r);
            for (int c = 0; c < total.size(); c++) {
                cells.total(row, c, total.get(c));
            }
        }
    }
}
