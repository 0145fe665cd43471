package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.skillsmatrix.domain.report.ReportHeader;
import org.skillsmatrix.reporting.base.Language;

/**
 * What every page carries: the report's title and generation time above a rule, and "Page n of m" with the
 * person who generated it below. The total is written into a placeholder once the last page is done.
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final float SIZE = 8;
    private static final Color RULE = new Color(0xC9CDD6);

    private final ReportHeader header;
    private final Language language;
    private @Nullable PdfTemplate total;

    PageDecorations(ReportHeader header) {
        this.header = header;
        this.language = Language.of(header);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, SIZE + 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        var canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.top() + 24;
        canvas.saveState();
        text(canvas, Element.ALIGN_LEFT, header.title(), left, top, true);
        text(
                canvas,
                Element.ALIGN_RIGHT,
                language.text("pdf.page.generated", language.generatedAt(header.generatedAt())),
                right,
                top,
                false);
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top - 5);
        canvas.lineTo(right, top - 5);
        canvas.stroke();
        float bottom = document.bottom() - 24;
        text(canvas, Element.ALIGN_LEFT, language.text("pdf.page.by", header.generatedBy()), left, bottom, false);
        var page = language.text("pdf.page.number", String.valueOf(writer.getPageNumber())) + " ";
        float pageWidth = PdfFonts.regular().getWidthPoint(page, SIZE);
        float totalWidth = 18;
        text(canvas, Element.ALIGN_LEFT, page, right - totalWidth - pageWidth, bottom, false);
        canvas.addTemplate(placeholder(), right - totalWidth, bottom);
        canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        var pages = placeholder();
        pages.beginText();
        pages.setFontAndSize(PdfFonts.regular(), SIZE);
        pages.setColorFill(PdfFonts.MUTED);
        pages.setTextMatrix(0, 0);
        pages.showText(String.valueOf(writer.getPageNumber() - 1));
        pages.endText();
    }

    private PdfTemplate placeholder() {
        if (total == null) {
            throw new IllegalStateException("the document was not opened");
        }
        return total;
    }

    private static void text(PdfContentByte canvas, int alignment, String text, float x, float y, boolean bold) {
        canvas.beginText();
        canvas.setFontAndSize(bold ? PdfFonts.bold() : PdfFonts.regular(), SIZE);
        canvas.setColorFill(bold ? PdfFonts.TEXT : PdfFonts.MUTED);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }
}
