package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** A drawing area for a chart, placed in the document's flow as an image of vector graphics. */
final class Canvas {

    final PdfTemplate template;
    final float width;
    final float height;

    Canvas(PdfWriter writer, float width, float height) {
        this.template = writer.getDirectContent().createTemplate(width, height);
        this.width = width;
        this.height = height;
    }

    void text(String text, float x, float y, int alignment, float size, boolean bold, Color colour) {
        template.beginText();
        template.setFontAndSize(bold ? PdfFonts.bold() : PdfFonts.regular(), size);
        template.setColorFill(colour);
        template.showTextAligned(alignment, text, x, y, 0);
        template.endText();
    }

    float textWidth(String text, float size) {
        return PdfFonts.regular().getWidthPoint(text, size);
    }

    /** The text, cut with an ellipsis to fit {@code room} points. */
    String fitted(String text, float size, float room) {
        if (textWidth(text, size) <= room) {
            return text;
        }
        var cut = text;
        while (!cut.isEmpty() && textWidth(cut + "…", size) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    void box(float x, float y, float w, float h, Color fill) {
        template.setColorFill(fill);
        template.rectangle(x, y, w, h);
        template.fill();
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Color colour) {
        template.setColorStroke(colour);
        template.setLineWidth(lineWidth);
        template.moveTo(x1, y1);
        template.lineTo(x2, y2);
        template.stroke();
    }

    Image image() {
        try {
            var image = Image.getInstance(template);
            image.setSpacingAfter(8);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException("a chart could not be placed", e);
        }
    }
}
