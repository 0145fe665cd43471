package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Table;

/**
 * A table as a PDF table across the page's width: its header row repeats on every page it runs onto, and a
 * row is moved whole to the next page rather than cut.
 */
final class PdfTables {

    static final Color HEADER_FILL = new Color(0xE7E9EE);
    static final Color RULE = new Color(0xD5D8DF);
    private static final float SIZE = 7.5f;

    private PdfTables() {}

    static PdfPTable of(Table table) {
        var columns = table.columns();
        var widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).width();
        }
        var pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSplitLate(true);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(6);
        for (var column : columns) {
            pdf.addCell(header(column.title()));
        }
        for (var row : table.rows()) {
            for (var value : row) {
                pdf.addCell(cell(value, PdfFonts.regular(SIZE)));
            }
        }
        var total = table.total();
        if (total != null) {
            for (var value : total) {
                var cell = cell(value instanceof Level level ? level.value() : value, PdfFonts.bold(SIZE));
                cell.setBorderWidthTop(1);
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    static PdfPCell header(String title) {
        var cell = new PdfPCell(new Phrase(title, PdfFonts.bold(SIZE)));
        cell.setBackgroundColor(HEADER_FILL);
        cell.setBorderColor(Color.WHITE);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        cell.setPadding(3);
        return cell;
    }

    static PdfPCell cell(@Nullable Object value, Font font) {
        if (value instanceof Level level) {
            return LevelCells.of(level, false, SIZE);
        }
        var cell = new PdfPCell(new Phrase(value == null ? "" : value.toString(), font));
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        if (value instanceof Number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }
}
