package org.skillsmatrix.ui.chart;

import java.util.List;

/**
 * A horizontal bar per category: the share of its targets met as a solid part, the share missed as a hatched
 * part (so the two differ without colour), and a label with the figures in words. Every bar is a whole, so
 * "1 of 1" is as full as "2 of 2". Categories without targets show an empty track.
 */
public final class CoverageBars {

    /** One category: its name, targets met and missed, and the label to write beside the bar. */
    public record Bar(String label, int met, int missed, String figures) {}

    private static final int LABEL_WIDTH = 190;
    private static final int BAR_WIDTH = 260;
    private static final int FIGURES_WIDTH = 300;
    private static final int ROW = 28;

    private CoverageBars() {}

    public static String render(List<Bar> bars, String title, String description) {
        double height = Math.max(1, bars.size()) * ROW + 8;
        var svg = new SvgMarkup(LABEL_WIDTH + BAR_WIDTH + FIGURES_WIDTH, height, title, description);
        svg.raw("<defs><pattern id=\"short-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/>"
                + "</pattern></defs>");
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            double y = 4 + i * ROW;
            svg.text("text", bar.label(), "class", "label", "x", LABEL_WIDTH - 8, "y", y + 17, "text-anchor", "end");
            svg.element("rect", "class", "bar-empty", "x", LABEL_WIDTH, "y", y + 4, "width", BAR_WIDTH, "height", 16);
            int targets = Math.max(1, bar.met() + bar.missed());
            double metWidth = (double) BAR_WIDTH * bar.met() / targets;
            double missedWidth = (double) BAR_WIDTH * bar.missed() / targets;
            if (bar.met() > 0) {
                svg.element("rect", "class", "bar-met", "x", LABEL_WIDTH, "y", y + 4, "width", metWidth, "height", 16);
            }
            if (bar.missed() > 0) {
                svg.element(
                        "rect",
                        "class",
                        "bar-short",
                        "x",
                        LABEL_WIDTH + metWidth,
                        "y",
                        y + 4,
                        "width",
                        missedWidth,
                        "height",
                        16);
            }
            svg.text("text", bar.figures(), "class", "muted", "x", LABEL_WIDTH + BAR_WIDTH + 8, "y", y + 17);
        }
        return svg.end();
    }
}
