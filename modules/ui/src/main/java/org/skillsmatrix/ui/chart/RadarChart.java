package org.skillsmatrix.ui.chart;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import org.skillsmatrix.domain.scale.LevelRadar;

/**
 * A radar chart of levels 0 to 4: a spoke per axis, rings per level, the expected levels as a dashed outline
 * and the current levels as a filled shape, with a legend that names both.
 */
public final class RadarChart {

    /** One spoke: its label, the level expected and the level held (0 where unrated). */
    public record Axis(String label, double expected, double current) {}

    private static final double MAX = 4;
    private static final double WIDTH = 760;
    private static final double HEIGHT = 440;
    private static final double CENTRE_X = WIDTH / 2;
    private static final double CENTRE_Y = 205;
    private static final double RADIUS = 150;

    private RadarChart() {}

    public static String render(
            List<Axis> axes,
            List<String> ringLabels,
            String expectedLabel,
            String currentLabel,
            String title,
            String description) {
        var svg = new SvgMarkup(WIDTH, HEIGHT, title, description);
        int n = Math.max(axes.size(), 3);
        for (int ring = 1; ring <= MAX; ring++) {
            final int level = ring;
            svg.element("polygon", "class", "grid-line", "points", polygon(n, index -> level));
            if (ring - 1 < ringLabels.size()) {
                svg.text(
                        "text",
                        ringLabels.get(ring - 1),
                        "class",
                        "muted",
                        "x",
                        CENTRE_X + 4,
                        "y",
                        CENTRE_Y - RADIUS * LevelRadar.share(ring) - 3);
            }
        }
        for (int i = 0; i < axes.size(); i++) {
            double angle = angle(i, n);
            svg.element(
                    "line",
                    "class",
                    "axis",
                    "x1",
                    CENTRE_X,
                    "y1",
                    CENTRE_Y,
                    "x2",
                    CENTRE_X + RADIUS * Math.cos(angle),
                    "y2",
                    CENTRE_Y + RADIUS * Math.sin(angle));
            double lx = CENTRE_X + (RADIUS + 14) * Math.cos(angle);
            double ly = CENTRE_Y + (RADIUS + 14) * Math.sin(angle);
            var anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
            svg.text(
                    "text",
                    shorten(axes.get(i).label()),
                    "class",
                    "label",
                    "x",
                    lx,
                    "y",
                    ly + 4,
                    "text-anchor",
                    anchor);
        }
        if (!axes.isEmpty()) {
            svg.element(
                    "polygon", "class", "current", "points", polygon(n, index -> value(axes, index, Axis::current)));
            svg.element(
                    "polygon", "class", "expected", "points", polygon(n, index -> value(axes, index, Axis::expected)));
        }
        double legendY = HEIGHT - 12;
        svg.element("line", "class", "expected", "x1", 200, "y1", legendY, "x2", 230, "y2", legendY);
        svg.text("text", expectedLabel, "class", "label", "x", 236, "y", legendY + 4);
        svg.element("rect", "class", "current", "x", 440, "y", legendY - 7, "width", 30, "height", 14);
        svg.text("text", currentLabel, "class", "label", "x", 476, "y", legendY + 4);
        return svg.end();
    }

    private static double value(List<Axis> axes, int index, ToDoubleFunction<Axis> value) {
        return index < axes.size() ? value.applyAsDouble(axes.get(index)) : 0;
    }

    private static String polygon(int n, IntToDoubleFunction level) {
        var points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            double r = RADIUS * LevelRadar.share(level.applyAsDouble(i));
            if (i > 0) {
                points.append(' ');
            }
            points.append(SvgMarkup.number(CENTRE_X + r * Math.cos(angle)))
                    .append(',')
                    .append(SvgMarkup.number(CENTRE_Y + r * Math.sin(angle)));
        }
        return points.toString();
    }

    /** SVG's y points down, the radar's up. */
    private static double angle(int index, int n) {
        return -LevelRadar.angle(index, n);
    }

    private static String shorten(String label) {
        return label.length() <= 24 ? label : label.substring(0, 23) + "…";
    }
}
