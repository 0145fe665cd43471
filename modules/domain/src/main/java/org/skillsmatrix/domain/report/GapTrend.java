package org.skillsmatrix.domain.report;

import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.report.trend.TrendPoint;

/**
 * A gap report's trend: targets met and single points of failure at the end of each of the last quarters, oldest
 * first, then now, with each category's targets met.
 *
 * @param categories the categories' names, in the order of each line's {@code byCategory}
 */
public record GapTrend(List<String> categories, List<Line> lines) {

    public GapTrend {
        categories = List.copyOf(categories);
        lines = List.copyOf(lines);
    }

    /** @param now what the last line, now rather than a quarter's end, is called in the report's language */
    static GapTrend of(List<TrendPoint> points, Map<CategoryId, String> categoryNames, String now) {
        var order = points.isEmpty()
                ? List.<TrendPoint.CategoryPoint>of()
                : points.getLast().categories();
        return new GapTrend(
                order.stream()
                        .map(category -> categoryNames.getOrDefault(category.category(), ""))
                        .toList(),
                points.stream()
                        .map(point -> new Line(
                                point.quarter() == null ? now : point.quarter(),
                                point.targets(),
                                point.targetsMet(),
                                point.singlePointsOfFailure(),
                                point.categories().stream()
                                        .map(category -> new Met(category.targets(), category.targetsMet()))
                                        .toList()))
                        .toList());
    }

    /** One quarter's end, or now. */
    public record Line(String period, int targets, int targetsMet, int singlePointsOfFailure, List<Met> byCategory) {

        public Line {
            byCategory = List.copyOf(byCategory);
        }
    }

    /** Targets, and how many of them are met. */
    public record Met(int targets, int met) {}
}
