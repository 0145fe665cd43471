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

    /**
     * The drawing's size: wide beside a desktop's room for labels; narrow for a phone, where the chart is scaled to
     * the screen's width, so its labels are shorter (the table beside it names every axis in full).
     */
    public enum Frame {
        WIDE(760, 150, 24),
        NARROW(480, 120, 12);

        final double width;
        final double radius;
        final int labelChars;

        Frame(double width, double radius, int labelChars) {
            this.width = width;
            this.radius = radius;
            this.labelChars = labelChars;
        }

        double centreX() {
            return width / 2;
        }

        double centreY() {
            return radius + 55;
        }

        double height() {
            return 2 * radius + 140;
        }
    }

    private static final double MAX = 4;

    private RadarChart() {}

    public static String render(
            Frame frame,
            List<Axis> axes,
            List<String> ringLabels,
            String expectedLabel,
            String currentLabel,
            String title,
            String description) {
        var svg = new SvgMarkup(frame.width, frame.height(), title, description);
        int n = Math.max(axes.size(), 3);
        double centreX = frame.centreX();
        double centreY = frame.centreY();
        double radius = frame.radius;
        for (int ring = 1; ring <= MAX; ring++) {
            final int level = ring;
            svg.element("polygon", "class", "grid-line", "points", polygon(frame, n, index -> level));
            if (ring - 1 < ringLabels.size()) {
                svg.text(
                        "text",
                        ringLabels.get(ring - 1),
                        "class",
                        "muted",
                        "x",
                        centreX + 4,
                        "y",
                        centreY - radius * LevelRadar.share(ring) - 3);
            }
        }
        for (int i = 0; i < axes.size(); i++) {
            double angle = angle(i, n);
            svg.element(
                    "line",
                    "class",
                    "axis",
                    "x1",
                    centreX,
                    "y1",
                    centreY,
                    "x2",
                    centreX + radius * Math.cos(angle),
                    "y2",
                    centreY + radius * Math.sin(angle));
            double lx = centreX + (radius + 14) * Math.cos(angle);
            double ly = centreY + (radius + 14) * Math.sin(angle);
            var anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
            svg.text(
                    "text",
                    shorten(axes.get(i).label(), frame.labelChars),
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
                    "polygon",
                    "class",
                    "current",
                    "points",
                    polygon(frame, n, index -> value(axes, index, Axis::current)));
            svg.element(
                    "polygon",
                    "class",
                    "expected",
                    "points",
                    polygon(frame, n, index -> value(axes, index, Axis::expected)));
        }
        double legendY = frame.height() - 12;
        svg.element(
                "line", "class", "expected", "x1", centreX - 180, "y1", legendY, "x2", centreX - 150, "y2", legendY);
        svg.text("text", expectedLabel, "class", "label", "x", centreX - 144, "y", legendY + 4);
        svg.element("rect", "class", "current", "x", centreX + 60, "y", legendY - 7, "width", 30, "height", 14);
        svg.text("text", currentLabel, "class", "label", "x", centreX + 96, "y", legendY + 4);
        return svg.end();
    }

    private static double value(List<Axis> axes, int index, ToDoubleFunction<Axis> value) {
        return index < axes.size() ? value.applyAsDouble(axes.get(index)) : 0;
    }

    private static String polygon(Frame frame, int n, IntToDoubleFunction level) {
        var points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            double r = frame.radius * LevelRadar.share(level.applyAsDouble(i));
            if (i > 0) {
                points.append(' ');
            }
            points.append(SvgMarkup.number(frame.centreX() + r * Math.cos(angle)))
                    .append(',')
                    .append(SvgMarkup.number(frame.centreY() + r * Math.sin(angle)));
        }
        return points.toString();
    }

    /** SVG's y points down, the radar's up. */
    private static double angle(int index, int n) {
        return -LevelRadar.angle(index, n);
    }

    private static String shorten(String label, int chars) {
        return label.length() <= chars ? label : label.substring(0, chars - 1) + "…";
    }
}
