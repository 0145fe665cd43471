package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Sans, regular and bold, embedded as subsets with Unicode encoding, so names in any European script
 * print as written and every PDF reader shows the same glyphs.
 */
final class PdfFonts {

    static final Color TEXT = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x5A5F6B);

    private static final BaseFont REGULAR = load(Liberation.SANS);
    private static final BaseFont BOLD = load(Liberation.SANS_BOLD);

    private PdfFonts() {}

    static BaseFont regular() {
        return REGULAR;
    }

    static BaseFont bold() {
        return BOLD;
    }

    static Font regular(float size) {
        return new Font(REGULAR, size, Font.NORMAL, TEXT);
    }

    static Font bold(float size) {
        return new Font(BOLD, size, Font.NORMAL, TEXT);
    }

    static Font regular(float size, Color colour) {
        return new Font(REGULAR, size, Font.NORMAL, colour);
    }

    static Font bold(float size, Color colour) {
        return new Font(BOLD, size, Font.NORMAL, colour);
    }

    private static BaseFont load(Liberation font) {
        try {
            return font.create().getBaseFont();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded font " + font + " cannot be read", e);
        }
    }
}
