package org.skillsmatrix.ui.chart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Levels over time as step lines: a level holds from one rating to the next. The person's own ratings are a
 * dashed line with round marks, the managers' a solid line with square marks, so the two differ without
 * colour; the time axis runs from the first rating to now.
 */
public final class LevelTimeline {

    /** A rating at a point in time. */
    public record Point(Instant at, int level) {}

    private static final double WIDTH = 720;
    private static final double HEIGHT = 260;
    private static final double LEFT = 170;
    private static final double RIGHT = 20;
    private static final double TOP = 16;
    private static final double BOTTOM = 56;

    private LevelTimeline() {}

    /**
     * @param levelLabels the labels of levels 0 to 4, for the vertical axis
     * @param dateLabel formats the dates under the time axis
     */
    public static String render(
            List<Point> self,
            List<Point> manager,
            Instant now,
            List<String> levelLabels,
            Function<Instant, String> dateLabel,
            String selfLabel,
            String managerLabel,
            String title,
            String description) {
        var svg = new SvgMarkup(WIDTH, HEIGHT, title, description);
        var first = Stream.concat(self.stream(), manager.stream())
                .map(Point::at)
                .min(Comparator.naturalOrder())
                .orElse(now.minusSeconds(86_400));
        var from = first.isBefore(now) ? first : now.minusSeconds(86_400);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        Function<Instant, Double> x = at -> LEFT
                + plotWidth
                        * (at.toEpochMilli() - from.toEpochMilli())
                        / Math.max(1, now.toEpochMilli() - from.toEpochMilli());
        Function<Integer, Double> y = level -> TOP + plotHeight * (4 - level) / 4.0;
        for (int level = 0; level <= 4; level++) {
            svg.element(
                    "line",
                    "class",
                    "grid-line",
                    "x1",
                    LEFT,
                    "y1",
                    y.apply(level),
                    "x2",
                    WIDTH - RIGHT,
                    "y2",
                    y.apply(level));
            if (level < levelLabels.size()) {
                svg.text(
                        "text",
                        levelLabels.get(level),
                        "class",
                        "muted",
                        "x",
                        LEFT - 8,
                        "y",
                        y.apply(level) + 4,
                        "text-anchor",
                        "end");
            }
        }
        for (int tick = 0; tick <= 3; tick++) {
            var at = from.plusMillis((now.toEpochMilli() - from.toEpochMilli()) * tick / 3);
            var anchor = tick == 0 ? "start" : tick == 3 ? "end" : "middle";
            svg.text(
                    "text",
                    dateLabel.apply(at),
                    "class",
                    "muted",
                    "x",
                    x.apply(at),
                    "y",
                    HEIGHT - BOTTOM + 18,
                    "text-anchor",
                    anchor);
        }
        series(svg, self, now, x, y, "self-line", "self-point", false);
        series(svg, manager, now, x, y, "manager-line", "manager-point", true);
        double legendY = HEIGHT - 10;
        svg.element("line", "class", "self-line", "x1", LEFT, "y1", legendY - 4, "x2", LEFT + 30, "y2", legendY - 4);
        svg.text("text", selfLabel, "class", "label", "x", LEFT + 36, "y", legendY);
        svg.element(
                "line",
                "class",
                "manager-line",
                "x1",
                LEFT + 260,
                "y1",
                legendY - 4,
                "x2",
                LEFT + 290,
                "y2",
                legendY - 4);
        svg.text("text", managerLabel, "class", "label", "x", LEFT + 296, "y", legendY);
        return svg.end();
    }

    private static void series(
            SvgMarkup svg,
            List<Point> points,
            Instant now,
            Function<Instant, Double> x,
            Function<Integer, Double> y,
            String lineClass,
            String pointClass,
            boolean square) {
        if (points.isEmpty()) {
            return;
        }
        var sorted =
                onScreen(points.stream().sorted(Comparator.comparing(Point::at)).toList(), x);
        var path = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            var point = sorted.get(i);
            double px = x.apply(point.at());
            double py = y.apply(point.level());
            path.append(i == 0 ? "M" : "H").append(SvgMarkup.number(px));
            if (i == 0) {
                path.append(',').append(SvgMarkup.number(py));
            } else {
                path.append("V").append(SvgMarkup.number(py));
            }
        }
        path.append("H").append(SvgMarkup.number(x.apply(now)));
        svg.element("path", "class", lineClass, "d", path.toString());
        for (var point : sorted) {
            double px = x.apply(point.at());
            double py = y.apply(point.level());
            if (square) {
                svg.element("rect", "class", pointClass, "x", px - 4, "y", py - 4, "width", 8, "height", 8);
            } else {
                svg.element("circle", "class", pointClass, "cx", px, "cy", py, "r", 4);
            }
        }
    }

    /**
     * The points that show: where several ratings fall within one unit of the time axis (a pixel at the chart's
     * own size), their first, lowest, highest and last draw the same step line as all of them. Thousands of
     * imported ratings stay a chart of a few thousand elements at most.
     */
    static List<Point> onScreen(List<Point> sorted, Function<Instant, Double> x) {
        var shown = new ArrayList<Point>();
        int first = 0;
        while (first < sorted.size()) {
            var column = Math.floor(x.apply(sorted.get(first).at()));
            int last = first;
            int lowest = first;
            int highest = first;
            while (last + 1 < sorted.size()
                    && Math.floor(x.apply(sorted.get(last + 1).at())) == column) {
                last++;
                if (sorted.get(last).level() < sorted.get(lowest).level()) {
                    lowest = last;
                }
                if (sorted.get(last).level() > sorted.get(highest).level()) {
                    highest = last;
                }
            }
            new TreeSet<>(List.of(first, lowest, highest, last)).forEach(index -> shown.add(sorted.get(index)));
            first = last + 1;
        }
        return shown;
    }
}
