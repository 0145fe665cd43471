package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.LevelColours;

/** Table cells for levels: the level's colour with its number on it, so colour is never the only cue. */
final class LevelCells {

    private static final Color GAP = Color.WHITE;

    private LevelCells() {}

    static Color fill(Level level) {
        return new Color(LevelColours.fill(level));
    }

    static Color text(Level level) {
        return new Color(LevelColours.text(level));
    }

    /** The level's number; {@code marked} adds a star, for a self-rating not yet validated. */
    static PdfPCell of(Level level, boolean marked, float size) {
        return of(level, marked, false, size);
    }

    /** The level's number with a star where not yet validated and a dagger where stale. */
    static PdfPCell of(Level level, boolean marked, boolean stale, float size) {
        var font = level.isAtLeast(Level.PROFICIENT)
                ? PdfFonts.bold(size, text(level))
                : PdfFonts.regular(size, text(level));
        var cell = new PdfPCell(new Phrase(level.value() + (marked ? "*" : "") + (stale ? "†" : ""), font));
        cell.setBackgroundColor(fill(level));
        cell.setBorderColor(GAP);
        cell.setBorderWidth(0.75f);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(2);
        return cell;
    }
}
