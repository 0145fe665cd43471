package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfWriter;
import org.skillsmatrix.domain.scale.Level;

/**
 * Horizontal bars, one per skill: the number of holders, with a tick at the target where there is one and the
 * figures written beside each bar.
 */
final class BarChart {

    private static final float ROW = 14;
    private static final float AXIS = 18;
    private static final float LABEL = 190;
    private static final float FIGURES = 70;
    private static final float SIZE = 7.5f;
    private static final Color BAR = LevelCells.fill(Level.PROFICIENT);
    private static final Color SHORT = LevelCells.fill(Level.AWARENESS);
    private static final Color TARGET = new Color(0x1A1A1A);
    private static final Color GRID = new Color(0xE1E4EA);

    /**
     * @param target the required headcount, 0 where there is none; a bar short of its target is drawn paler
     * @param figures what is written beside the bar, e.g. "1 of 2"
     */
    record Bar(String label, int value, int target, String figures) {}

    private BarChart() {}

    static Image draw(PdfWriter writer, float width, List<Bar> bars) {
        var canvas = new Canvas(writer, width, bars.size() * ROW + AXIS);
        int max = Math.max(
                1,
                bars.stream()
                        .mapToInt(bar -> Math.max(bar.value(), bar.target()))
                        .max()
                        .orElse(1));
        float widest = (float) bars.stream()
                .mapToDouble(bar -> canvas.textWidth(bar.figures(), SIZE))
                .max()
                .orElse(0);
        float room = width - LABEL - Math.max(FIGURES, widest + 10);
        int step = Math.max(1, (int) Math.ceil(max / 8.0));
        for (int tick = 0; tick <= max; tick += step) {
            float x = LABEL + room * tick / max;
            canvas.line(x, AXIS - 2, x, canvas.height, 0.5f, GRID);
            canvas.text(String.valueOf(tick), x, AXIS - 11, Element.ALIGN_CENTER, SIZE, false, PdfFonts.MUTED);
        }
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            float y = canvas.height - (i + 1) * ROW;
            canvas.text(
                    canvas.fitted(bar.label(), SIZE, LABEL - 8),
                    LABEL - 6,
                    y + 4,
                    Element.ALIGN_RIGHT,
                    SIZE,
                    false,
                    PdfFonts.TEXT);
            boolean isShort = bar.target() > 0 && bar.value() < bar.target();
            float length = room * bar.value() / max;
            if (bar.value() > 0) {
                canvas.box(LABEL, y + 2.5f, Math.max(length, 1.5f), ROW - 5, isShort ? SHORT : BAR);
            }
            if (bar.target() > 0) {
                float x = LABEL + room * bar.target() / max;
                canvas.line(x, y + 0.5f, x, y + ROW - 0.5f, 1.6f, TARGET);
            }
            float figuresAt = LABEL + Math.max(length, bar.target() > 0 ? room * bar.target() / max : 0) + 5;
            canvas.text(bar.figures(), figuresAt, y + 4, Element.ALIGN_LEFT, SIZE, isShort, PdfFonts.TEXT);
        }
        return canvas.image();
    }
}
