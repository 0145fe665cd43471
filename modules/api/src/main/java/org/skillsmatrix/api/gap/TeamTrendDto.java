package org.skillsmatrix.api.gap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.report.trend.TeamTrend;
import org.skillsmatrix.domain.report.trend.TrendPoint;

/**
 * A team's gap figures at the end of each of the last eight quarters, oldest first, and now as the last point: the
 * team as it is today (its active members and its targets) with their ratings as they stood then.
 */
@Schema(name = "TeamTrend")
record TeamTrendDto(UUID team, @Schema(example = "Payments") String name, List<PointDto> points) {

    static TeamTrendDto of(TeamTrend trend, Map<CategoryId, String> categoryNames) {
        return new TeamTrendDto(trend.team().id().value(), trend.team().name(), points(trend.points(), categoryNames));
    }

    static List<PointDto> points(List<TrendPoint> points, Map<CategoryId, String> categoryNames) {
        return points.stream().map(point -> PointDto.of(point, categoryNames)).toList();
    }

    /** The figures at the end of a quarter, or now. */
    @Schema(name = "TrendPoint")
    record PointDto(
            @Schema(description = "The quarter it closes; null for now", example = "2026 Q3") @Nullable
            String quarter,

            @Schema(
                    description = "The day as whose start (UTC) the ratings count; null for now",
                    example = "2026-10-01")
            @Nullable
            LocalDate asOf,

            @Schema(description = "The team's targets on active skills", example = "12")
            int targets,

            @Schema(description = "Of those, the ones met", example = "9")
            int targetsMet,

            @Schema(description = "Active skills exactly one member holds at the level that counts", example = "3")
            int singlePointsOfFailure,

            List<CategoryDto> categories) {

        static PointDto of(TrendPoint point, Map<CategoryId, String> categoryNames) {
            return new PointDto(
                    point.quarter(),
                    point.asOf(),
                    point.targets(),
                    point.targetsMet(),
                    point.singlePointsOfFailure(),
                    point.categories().stream()
                            .map(category -> new CategoryDto(
                                    category.category().value(),
                                    categoryNames.getOrDefault(category.category(), ""),
                                    category.targets(),
                                    category.targetsMet()))
                            .toList());
        }
    }

    /** One category's targets at a point. */
    @Schema(name = "TrendCategory")
    record CategoryDto(
            UUID category, @Schema(example = "Databases") String name, int targets, int targetsMet) {}
}
