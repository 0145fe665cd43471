package org.skillsmatrix.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The charts are well-formed SVG with their texts escaped, a title and a description for screen readers. */
class ChartsTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void coverageBarsDrawMetAndMissedTargetsPerCategory() throws Exception {
        var markup = CoverageBars.render(
                List.of(
                        new CoverageBars.Bar("Security & <privacy>", 1, 2, "1 of 3 targets met"),
                        new CoverageBars.Bar("Databases", 0, 0, "no targets")),
                "Targets met",
                "Met solid, missed hatched");

        var svg = parse(markup);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Targets met");
        assertThat(markup).contains("Security &amp; &lt;privacy&gt;", "class=\"bar-met\"", "class=\"bar-short\"");
        assertThat(count(svg, "rect"))
                .as("two tracks, one met and one missed part")
                .isEqualTo(4);
    }

    @Test
    void everyCategorysBarIsAWholeSoOneOfOneIsAsFullAsTwoOfTwo() throws Exception {
        var markup = CoverageBars.render(
                List.of(
                        new CoverageBars.Bar("Security", 1, 0, "1 of 1 targets met"),
                        new CoverageBars.Bar("Databases", 2, 0, "2 of 2 targets met"),
                        new CoverageBars.Bar("Cloud", 1, 3, "1 of 4 targets met")),
                "Targets met",
                "Met solid, missed hatched");

        var met = parse(markup).getElementsByTagName("rect");
        var widths = new java.util.ArrayList<String>();
        for (int i = 0; i < met.getLength(); i++) {
            var rect = (org.w3c.dom.Element) met.item(i);
            widths.add(rect.getAttribute("class") + " " + rect.getAttribute("width"));
        }
        assertThat(widths)
                .containsExactly(
                        "bar-empty 260",
                        "bar-met 260",
                        "bar-empty 260",
                        "bar-met 260",
                        "bar-empty 260",
                        "bar-met 65",
                        "bar-short 195");
    }

    @Test
    void theRadarChartHasASpokePerAxisAndBothShapes() throws Exception {
        var markup = RadarChart.render(
                RadarChart.Frame.WIDE,
                List.of(
                        new RadarChart.Axis("Java", 3, 4),
                        new RadarChart.Axis("SQL", 3, 2),
                        new RadarChart.Axis("Kafka", 2, 0),
                        new RadarChart.Axis("OWASP", 2, 1)),
                List.of("1", "2", "3", "4"),
                "Role expects",
                "Current level",
                "Against the role profile",
                "Four skills");

        var svg = parse(markup);
        assertThat(count(svg, "line")).as("four spokes and a legend line").isEqualTo(5);
        assertThat(markup).contains("class=\"expected\"", "class=\"current\"", "Role expects", "Current level");
    }

    @Test
    void aRadarDrawnNarrowForAPhoneShortensLongLabelsThatTheWideOneKeeps() {
        var axes = List.of(
                new RadarChart.Axis("System design and capacity planning", 3, 2),
                new RadarChart.Axis("SQL", 3, 2),
                new RadarChart.Axis("Kafka", 2, 0));

        var wide = RadarChart.render(RadarChart.Frame.WIDE, axes, List.of("1", "2", "3", "4"), "E", "C", "T", "D");
        var narrow = RadarChart.render(RadarChart.Frame.NARROW, axes, List.of("1", "2", "3", "4"), "E", "C", "T", "D");

        assertThat(wide).contains("System design and capac…", "viewBox=\"0 0 760 440\"");
        assertThat(narrow).contains(">System desi…<", ">SQL<", "viewBox=\"0 0 480 380\"");
    }

    @Test
    void theTimelineStepsFromRatingToRating() throws Exception {
        var markup = LevelTimeline.render(
                List.of(
                        new LevelTimeline.Point(NOW.minus(Duration.ofDays(90)), 2),
                        new LevelTimeline.Point(NOW.minus(Duration.ofDays(30)), 3)),
                List.of(new LevelTimeline.Point(NOW.minus(Duration.ofDays(20)), 3)),
                NOW,
                List.of("0 · None", "1", "2", "3", "4 · Expert"),
                instant -> instant.toString().substring(0, 10),
                "Self",
                "Manager",
                "PostgreSQL over time",
                "Self and manager ratings");

        var svg = parse(markup);
        assertThat(count(svg, "path")).isEqualTo(2);
        assertThat(count(svg, "circle")).as("the self-ratings").isEqualTo(2);
        assertThat(markup).contains("2025-03-03", "2025-06-01", "0 · None");
    }

    @Test
    void twentyThousandRatingsDrawTheSameStepsWithAMarkPerLevelAndPixelAtMost() throws Exception {
        var start = NOW.minus(Duration.ofDays(30));
        var ratings = new ArrayList<LevelTimeline.Point>();
        for (int minute = 0; minute < 20_000; minute++) {
            ratings.add(new LevelTimeline.Point(start.plus(Duration.ofMinutes(minute)), minute % 5));
        }
        var markup = LevelTimeline.render(
                ratings,
                List.of(),
                NOW,
                List.of("0", "1", "2", "3", "4"),
                instant -> instant.toString().substring(0, 10),
                "Self",
                "Manager",
                "PostgreSQL over time",
                "Self-ratings");

        var svg = parse(markup);
        var marks = svg.getElementsByTagName("circle");
        assertThat(marks.getLength())
                .as("first, lowest, highest and last per pixel of the 530 pixels wide time axis")
                .isBetween(2, 4 * 531);
        var levels = new HashSet<String>();
        for (int i = 0; i < marks.getLength(); i++) {
            levels.add(((Element) marks.item(i)).getAttribute("cy"));
        }
        assertThat(levels).as("every level the ratings reached").hasSize(5);
        assertThat(markup.length()).as("the chart's size in characters").isLessThan(200_000);
    }

    @Test
    void theTrendDrawsBothCountsAsLinesWithAMarkAndItsNumberPerPoint() throws Exception {
        var markup = TrendLines.render(
                List.of(
                        new TrendLines.Point("2025 Q3", 1, 3),
                        new TrendLines.Point("2025 Q4", 2, 2),
                        new TrendLines.Point("Now", 4, 0)),
                "Targets met",
                "Single points of failure",
                "Trend of Payments",
                "2025 Q3: 1 of 4 targets met");

        var svg = parse(markup);
        assertThat(count(svg, "path")).isEqualTo(2);
        assertThat(count(svg, "rect"))
                .as("a square mark per point of the first count")
                .isEqualTo(3);
        assertThat(count(svg, "circle"))
                .as("a round mark per point of the second")
                .isEqualTo(3);
        assertThat(svg.getDocumentElement().getTextContent())
                .contains("Trend of Payments", "2025 Q3", "Now", "Targets met", "Single points of failure");
    }

    @Test
    void writesCoordinatesWithADotWhateverTheLocale() {
        assertThat(SvgMarkup.number(1.5)).isEqualTo("1.50");
        assertThat(SvgMarkup.number(2)).isEqualTo("2");
    }

    private static Document parse(String markup) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document svg, String tag) {
        return svg.getElementsByTagName(tag).getLength();
    }
}
