package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.skillsmatrix.domain.report.ReportHeader;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Language;

/** The document's recurring pieces: the title block with the filters, headings, notes and the level legend. */
final class PdfBlocks {

    private static final Color LABEL_FILL = new Color(0xF3F4F7);

    private PdfBlocks() {}

    /** The first page's title, and the filters the report was made with, when and by whom. */
    static PdfPTable titleBlock(ReportHeader header) {
        var table = new PdfPTable(new float[] {1.3f, 5});
        table.setWidthPercentage(100);
        var title = new PdfPCell(new Phrase(header.title(), PdfFonts.bold(18)));
        title.setColspan(2);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingBottom(10);
        table.addCell(title);
        var language = Language.of(header);
        row(table, language.text("header.generated"), language.generatedAt(header.generatedAt()));
        row(table, language.text("header.generated-by"), header.generatedBy());
        header.filters().forEach(filter -> row(table, filter.label(), filter.value()));
        table.setSpacingAfter(10);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        var left = new PdfPCell(new Phrase(label, PdfFonts.bold(8.5f)));
        left.setBackgroundColor(LABEL_FILL);
        left.setBorderColor(Color.WHITE);
        left.setPadding(4);
        table.addCell(left);
        var right = new PdfPCell(new Phrase(value, PdfFonts.regular(8.5f)));
        right.setBorderColor(LABEL_FILL);
        right.setPadding(4);
        table.addCell(right);
    }

    static Paragraph heading(String text) {
        var heading = new Paragraph(text, PdfFonts.bold(12));
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        heading.setKeepTogether(true);
        return heading;
    }

    static Paragraph note(String text) {
        var note = new Paragraph(text, PdfFonts.regular(8.5f, PdfFonts.MUTED));
        note.setSpacingAfter(6);
        return note;
    }

    /** The five levels in their colours with their names, in one row. */
    static PdfPTable legend(ReportHeader header) {
        var table = new PdfPTable(Level.values().length * 2);
        table.setWidthPercentage(100);
        var widths = new float[Level.values().length * 2];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i % 2 == 0 ? 0.35f : 1.65f;
        }
        table.setWidths(widths);
        for (var level : Level.values()) {
            table.addCell(LevelCells.of(level, false, 8));
            var name = new PdfPCell(new Phrase(header.levelName(level), PdfFonts.regular(8)));
            name.setBorder(Rectangle.NO_BORDER);
            name.setVerticalAlignment(Element.ALIGN_MIDDLE);
            name.setPaddingLeft(4);
            table.addCell(name);
        }
        table.setSpacingAfter(8);
        return table;
    }
}
