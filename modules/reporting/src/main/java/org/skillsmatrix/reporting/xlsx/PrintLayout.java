package org.skillsmatrix.reporting.xlsx;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

/** How a sheet prints: A4 landscape, as wide as one page, with its header rows repeated on every page. */
final class PrintLayout {

    private PrintLayout() {}

    static void apply(Worksheet sheet, int headerRows) {
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutoPageBreaks(true);
        if (headerRows > 0) {
            sheet.repeatRows(0, headerRows - 1);
        }
    }
}
