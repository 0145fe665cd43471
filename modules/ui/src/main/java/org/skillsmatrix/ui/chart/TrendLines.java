package org.skillsmatrix.ui.chart;

import java.util.List;

/**
 * Two counts over the same points in time, e.g. a team's targets met and its single points of failure quarter by
 * quarter: the first a solid line with square marks, the second a dashed line with round marks, so the two differ
 * without colour; each mark carries its count (the first's above it, the second's to its right), and the points'
 * labels run under the axis.
 */
public final class TrendLines {

    /** One point in time: its label under the axis, and the two counts. */
    public record Point(String label, int first, int second) {}

    private static final int LEFT = 56;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BOTTOM = 56;
    private static final int STEP = 64;
    private static final int HEIGHT = 240;

    private TrendLines() {}

    public static String render(
            List<Point> points, String firstLabel, String secondLabel, String title, String description) {
        int width = LEFT + RIGHT + Math.max(1, points.size() - 1) * STEP;
        var svg = new SvgMarkup(width, HEIGHT, title, description);
        int top = Math.max(
                1,
                points.stream()
                        .mapToInt(p -> Math.max(p.first(), p.second()))
                        .max()
                        .orElse(1));
        double plotHeight = HEIGHT - TOP - BOTTOM;
        for (int tick = 0; tick <= 2; tick++) {
            int value = (int) Math.round(top * tick / 2.0);
            double y = TOP + plotHeight * (1 - (double) value / top);
            svg.element("line", "class", "grid-line", "x1", LEFT, "y1", y, "x2", width - RIGHT, "y2", y);
            svg.text("text", String.valueOf(value), "class", "muted", "x", LEFT - 8, "y", y + 4, "text-anchor", "end");
        }
        for (int i = 0; i < points.size(); i++) {
            svg.text(
                    "text",
                    points.get(i).label(),
                    "class",
                    "muted",
                    "x",
                    LEFT + i * STEP,
                    "y",
                    HEIGHT - BOTTOM + 18,
                    "text-anchor",
                    "middle");
        }
        series(svg, points, top, true);
        series(svg, points, top, false);
        double legendY = HEIGHT - 10;
        svg.element("line", "class", "manager-line", "x1", LEFT, "y1", legendY - 4, "x2", LEFT + 30, "y2", legendY - 4);
        svg.text("text", firstLabel, "class", "label", "x", LEFT + 36, "y", legendY);
        svg.element(
                "line", "class", "self-line", "x1", LEFT + 220, "y1", legendY - 4, "x2", LEFT + 250, "y2", legendY - 4);
        svg.text("text", secondLabel, "class", "label", "x", LEFT + 256, "y", legendY);
        return svg.end();
    }

    private static void series(SvgMarkup svg, List<Point> points, int top, boolean first) {
        double plotHeight = HEIGHT - TOP - BOTTOM;
        var path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            int value = first ? points.get(i).first() : points.get(i).second();
            double x = LEFT + i * STEP;
            double y = TOP + plotHeight * (1 - (double) value / top);
            path.append(i == 0 ? "M" : " L")
                    .append(SvgMarkup.number(x))
                    .append(' ')
                    .append(SvgMarkup.number(y));
            if (first) {
                svg.element("rect", "class", "manager-point", "x", x - 4, "y", y - 4, "width", 8, "height", 8);
            } else {
                svg.element("circle", "class", "self-point", "cx", x, "cy", y, "r", 4);
            }
            svg.text(
                    "text",
                    String.valueOf(value),
                    "class",
                    "muted",
                    "x",
                    first ? x : x + 7,
                    "y",
                    first ? y - 8 : y + 4,
                    "text-anchor",
                    first ? "middle" : "start");
        }
        svg.element("path", "class", first ? "manager-line" : "self-line", "d", path.toString());
    }
}
