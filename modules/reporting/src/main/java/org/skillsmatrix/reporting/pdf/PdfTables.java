package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.base.Table;

/**
 * A table as a PDF table across the page's width: its header row repeats on every page it runs onto, and a
 * row is moved whole to the next page rather than cut. Each column is at least as wide as the longest word of
 * its title, so a header wraps between words, never inside one.
 */
final class PdfTables {

    static final Color HEADER_FILL = new Color(0xE7E9EE);
    static final Color RULE = new Color(0xD5D8DF);
    private static final float SIZE = 7.5f;
    private static final float PADDING = 3;

    private PdfTables() {}

    static PdfPTable of(Table table, float width, Language language) {
        var columns = table.columns();
        var shares = new float[columns.size()];
        var least = new float[columns.size()];
        for (int c = 0; c < shares.length; c++) {
            shares[c] = columns.get(c).width();
            least[c] = longestWord(columns.get(c).title()) + 2 * PADDING + 1;
        }
        var pdf = new PdfPTable(widths(shares, least, width));
        pdf.setTotalWidth(width);
        pdf.setLockedWidth(true);
        pdf.setHeaderRows(1);
        pdf.setSplitLate(true);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(6);
        for (var column : columns) {
            pdf.addCell(header(column.title()));
        }
        for (var row : table.rows()) {
            for (var value : row) {
                pdf.addCell(cell(value, PdfFonts.regular(SIZE), language));
            }
        }
        var total = table.total();
        if (total != null) {
            for (var value : total) {
                var cell = cell(value instanceof Level level ? level.value() : value, PdfFonts.bold(SIZE), language);
                cell.setBorderWidthTop(1);
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    /**
     * The columns' widths in points: shared out as the columns ask, except that a column below its least width
     * gets that width and the others share what is left.
     */
    static float[] widths(float[] shares, float[] least, float width) {
        var widths = new float[shares.length];
        var fixed = new boolean[shares.length];
        boolean changed = true;
        while (changed) {
            changed = false;
            float left = width;
            float shared = 0;
            for (int c = 0; c < shares.length; c++) {
                if (fixed[c]) {
                    left -= least[c];
                } else {
                    shared += shares[c];
                }
            }
            for (int c = 0; c < shares.length; c++) {
                widths[c] = fixed[c] ? least[c] : Math.max(0, left) * shares[c] / shared;
                if (!fixed[c] && widths[c] < least[c]) {
                    fixed[c] = true;
                    changed = true;
                }
            }
            if (shared == 0) {
                break;
            }
        }
        return widths;
    }

    private static float longestWord(String title) {
        float longest = 0;
        for (var word : title.split("\\s+")) {
            longest = Math.max(longest, PdfFonts.bold().getWidthPoint(word, SIZE));
        }
        return longest;
    }

    static PdfPCell header(String title) {
        var cell = new PdfPCell(new Phrase(title, PdfFonts.bold(SIZE)));
        cell.setBackgroundColor(HEADER_FILL);
        cell.setBorderColor(Color.WHITE);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        cell.setPadding(PADDING);
        return cell;
    }

    /** A cell of text, a level in its colour, or a date or number as the report's language writes it. */
    static PdfPCell cell(@Nullable Object value, Font font, Language language) {
        if (value instanceof Level level) {
            return LevelCells.of(level, false, SIZE);
        }
        var text = switch (value) {
            case null -> "";
            case LocalDate day -> language.date(day);
            case Number number -> language.number(number);
            default -> value.toString();
        };
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        if (value instanceof Number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }
}
