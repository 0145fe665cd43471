package org.skillsmatrix.reporting.pdf;

import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfWriter;
import org.skillsmatrix.domain.report.LevelTally;
import org.skillsmatrix.domain.report.ReportHeader;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.LevelColours;
import org.skillsmatrix.reporting.base.Language;

/** One bar per category, split into the share of ratings at each level, with the counts on wide segments. */
final class LevelShareChart {

    private static final float ROW = 16;
    private static final float LEGEND = 22;
    private static final float LABEL = 150;
    private static final float RATED = 60;
    private static final float SIZE = 7.5f;

    record Bar(String label, LevelTally tally) {}

    private LevelShareChart() {}

    static Image draw(PdfWriter writer, float width, ReportHeader header, Language language, List<Bar> bars) {
        var canvas = new Canvas(writer, width, bars.size() * ROW + LEGEND);
        float room = width - LABEL - RATED;
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            float y = canvas.height - (i + 1) * ROW;
            canvas.text(
                    canvas.fitted(bar.label(), SIZE, LABEL - 8),
                    LABEL - 6,
                    y + 5,
                    Element.ALIGN_RIGHT,
                    SIZE,
                    false,
                    PdfFonts.TEXT);
            int rated = bar.tally().rated();
            float x = LABEL;
            for (var level : Level.values()) {
                int count = bar.tally().at(level);
                if (rated == 0 || count == 0) {
                    continue;
                }
                float segment = room * count / rated;
                canvas.box(x, y + 2, segment, ROW - 4, LevelCells.fill(level));
                var figure = String.valueOf(count);
                if (canvas.textWidth(figure, SIZE) + 4 < segment) {
                    canvas.text(
                            figure,
                            x + segment / 2,
                            y + 5,
                            Element.ALIGN_CENTER,
                            SIZE,
                            LevelColours.whiteText(level),
                            LevelCells.text(level));
                }
                x += segment;
            }
            canvas.text(
                    language.text("pdf.coverage.rated", rated),
                    LABEL + room + 5,
                    y + 5,
                    Element.ALIGN_LEFT,
                    SIZE,
                    false,
                    PdfFonts.MUTED);
        }
        float x = LABEL;
        for (var level : Level.values()) {
            canvas.box(x, 6, 9, 9, LevelCells.fill(level));
            var name = level.value() + " " + header.levelName(level);
            canvas.text(name, x + 12, 8, Element.ALIGN_LEFT, SIZE, false, PdfFonts.TEXT);
            x += canvas.textWidth(name, SIZE) + 26;
        }
        return canvas.image();
    }
}
