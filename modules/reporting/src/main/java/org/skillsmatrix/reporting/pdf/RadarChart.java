package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfWriter;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.LevelRadar;
import org.skillsmatrix.reporting.base.Language;

/**
 * A radar of levels per category: a ring per level, the person's level as a filled shape, and what the role
 * profile expects as a dashed outline.
 */
final class RadarChart {

    static final int MIN_AXES = 3;

    private static final float HEIGHT = 300;
    private static final float RADIUS = 105;
    private static final float SIZE = 7.5f;
    private static final int MAX = Level.EXPERT.value();
    private static final Color RING = new Color(0xD5D8DF);
    private static final Color CURRENT = LevelCells.fill(Level.PROFICIENT);
    private static final Color CURRENT_EDGE = LevelCells.fill(Level.EXPERT);
    private static final Color EXPECTED = new Color(0x1A1A1A);

    record Axis(String label, double current, @Nullable Double expected) {}

    private RadarChart() {}

    static Image draw(PdfWriter writer, float width, List<Axis> axes, Language language) {
        var canvas = new Canvas(writer, width, HEIGHT);
        var t = canvas.template;
        float cx = width / 2;
        float cy = HEIGHT / 2 + 8;
        int n = axes.size();
        for (int ring = 1; ring <= MAX; ring++) {
            ring(canvas, cx, cy, n, ring);
            canvas.text(
                    String.valueOf(ring),
                    cx + 2,
                    cy + (float) (RADIUS * LevelRadar.share(ring)) + 1,
                    Element.ALIGN_LEFT,
                    6.5f,
                    false,
                    PdfFonts.MUTED);
        }
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            float x = cx + (float) (RADIUS * Math.cos(angle));
            float y = cy + (float) (RADIUS * Math.sin(angle));
            canvas.line(cx, cy, x, y, 0.5f, RING);
            float lx = cx + (float) ((RADIUS + 10) * Math.cos(angle));
            float ly = cy + (float) ((RADIUS + 10) * Math.sin(angle)) - 3;
            double cos = Math.cos(angle);
            int align = Math.abs(cos) < 0.2 ? Element.ALIGN_CENTER : cos > 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
            var label = canvas.fitted(axes.get(i).label(), SIZE, width / 2 - RADIUS - 24);
            canvas.text(label, lx, ly, align, SIZE, false, PdfFonts.TEXT);
        }
        t.saveState();
        var translucent = new PdfGState();
        translucent.setFillOpacity(0.45f);
        t.setGState(translucent);
        t.setColorFill(CURRENT);
        t.setColorStroke(CURRENT_EDGE);
        t.setLineWidth(1.2f);
        path(canvas, cx, cy, axes.stream().map(Axis::current).toList());
        t.closePathFillStroke();
        t.restoreState();
        expected(canvas, cx, cy, axes);
        legend(canvas, width, language);
        return canvas.image();
    }

    /**
     * What the role profile expects, dashed between neighbouring categories it names and marked at each; a
     * category it names nothing in has no point, rather than a misleading zero.
     */
    private static void expected(Canvas canvas, float cx, float cy, List<Axis> axes) {
        var t = canvas.template;
        int n = axes.size();
        t.saveState();
        t.setColorStroke(EXPECTED);
        t.setColorFill(EXPECTED);
        t.setLineWidth(1);
        for (int i = 0; i < n; i++) {
            var here = axes.get(i).expected();
            if (here == null) {
                continue;
            }
            float[] point = point(cx, cy, i, n, here);
            t.circle(point[0], point[1], 1.8f);
            t.fill();
            var next = axes.get((i + 1) % n).expected();
            if (next != null) {
                float[] to = point(cx, cy, (i + 1) % n, n, next);
                t.setLineDash(3, 2);
                t.moveTo(point[0], point[1]);
                t.lineTo(to[0], to[1]);
                t.stroke();
                t.setLineDash(0);
            }
        }
        t.restoreState();
    }

    private static float[] point(float cx, float cy, int i, int n, double value) {
        double angle = angle(i, n);
        double r = RADIUS * LevelRadar.share(value);
        return new float[] {cx + (float) (r * Math.cos(angle)), cy + (float) (r * Math.sin(angle))};
    }

    private static void legend(Canvas canvas, float width, Language language) {
        var current = language.text("pdf.profile.radar.current");
        var expected = language.text("pdf.profile.radar.expected");
        float x = width / 2 - (canvas.textWidth(current, SIZE) + canvas.textWidth(expected, SIZE) + 60) / 2;
        canvas.box(x, 6, 10, 8, CURRENT);
        canvas.text(current, x + 14, 7, Element.ALIGN_LEFT, SIZE, false, PdfFonts.TEXT);
        float dashed = x + canvas.textWidth(current, SIZE) + 28;
        var t = canvas.template;
        t.saveState();
        t.setLineDash(3, 2);
        canvas.line(dashed, 10, dashed + 14, 10, 1, EXPECTED);
        t.restoreState();
        canvas.text(expected, dashed + 18, 7, Element.ALIGN_LEFT, SIZE, false, PdfFonts.TEXT);
    }

    private static void ring(Canvas canvas, float cx, float cy, int n, int ring) {
        var t = canvas.template;
        t.setColorStroke(RING);
        t.setLineWidth(0.5f);
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            float x = cx + (float) (RADIUS * LevelRadar.share(ring) * Math.cos(angle));
            float y = cy + (float) (RADIUS * LevelRadar.share(ring) * Math.sin(angle));
            if (i == 0) {
                t.moveTo(x, y);
            } else {
                t.lineTo(x, y);
            }
        }
        t.closePathStroke();
    }

    private static void path(Canvas canvas, float cx, float cy, List<Double> values) {
        var t = canvas.template;
        for (int i = 0; i < values.size(); i++) {
            double angle = angle(i, values.size());
            double r = RADIUS * LevelRadar.share(values.get(i));
            float x = cx + (float) (r * Math.cos(angle));
            float y = cy + (float) (r * Math.sin(angle));
            if (i == 0) {
                t.moveTo(x, y);
            } else {
                t.lineTo(x, y);
            }
        }
    }

    /** The PDF's y points up, as the radar's does. */
    private static double angle(int i, int n) {
        return LevelRadar.angle(i, n);
    }
}
