package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.report.trend.TrendPoint;
import org.skillsmatrix.ui.base.ColumnWidths;
import org.skillsmatrix.ui.chart.Chart;
import org.skillsmatrix.ui.chart.TrendLines;

/**
 * The trend on a gap view: targets met and single points of failure quarter by quarter as a chart, and beside it a
 * table with every figure, each category's targets met among them, newest first.
 */
final class TrendSection extends Div {

    final Chart chart = new Chart("gap-trend");
    final Grid<TrendPoint> table = new Grid<>();
    private final Paragraph intro = new Paragraph();

    TrendSection() {
        setId("gap-trend-section");
        setWidthFull();
        var heading = new H2(getTranslation("gaps.trend.title"));
        heading.addClassNames(
                LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        intro.addClassNames(LumoUtility.Margin.Top.SMALL);
        table.setId("gap-trend-table");
        table.setAriaLabel(getTranslation("gaps.trend.title"));
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(heading, intro, chart, table);
    }

    /**
     * Shows the points, oldest first as they come, of {@code subject} (a team's name, or the organisation), under
     * {@code introduction}, which says how they are counted.
     */
    void show(String subject, String introduction, List<TrendPoint> points, Map<CategoryId, String> categoryNames) {
        intro.setText(introduction);
        chart.setMarkup(TrendLines.render(
                points.stream()
                        .map(point ->
                                new TrendLines.Point(quarter(point), point.targetsMet(), point.singlePointsOfFailure()))
                        .toList(),
                getTranslation("gaps.figure.targets-met"),
                getTranslation("gaps.figure.single-points"),
                getTranslation("gaps.trend.chart.title", subject),
                points.stream()
                        .map(point -> getTranslation(
                                "gaps.trend.chart.point",
                                quarter(point),
                                point.targetsMet(),
                                point.targets(),
                                point.singlePointsOfFailure()))
                        .collect(Collectors.joining("; "))));
        table.removeAllColumns();
        table.addColumn(this::quarter)
                .setKey("quarter")
                .setHeader(getTranslation("gaps.trend.column.quarter"))
                .setAutoWidth(true);
        table.addColumn(point -> getTranslation("gaps.figure.targets-met.value", point.targetsMet(), point.targets()))
                .setKey("targets-met")
                .setHeader(getTranslation("gaps.figure.targets-met"));
        table.addColumn(TrendPoint::singlePointsOfFailure)
                .setKey("single-points")
                .setHeader(getTranslation("gaps.figure.single-points"));
        var categories = points.isEmpty()
                ? List.<TrendPoint.CategoryPoint>of()
                : points.getLast().categories();
        for (int i = 0; i < categories.size(); i++) {
            int index = i;
            var id = categories.get(i).category();
            var name = categoryNames.getOrDefault(id, id.toString());
            ValueProvider<TrendPoint, String> figure =
                    point -> categoryFigure(point.categories().get(index));
            var column = table.addColumn(figure).setKey("category-" + id).setHeader(name);
            // a category's long name ("Programmiersprachen") wraps between words instead of ending in an ellipsis
            ColumnWidths.fit(column, points, figure);
        }
        table.setItems(points.reversed());
    }

    private String quarter(TrendPoint point) {
        var quarter = point.quarter();
        return quarter == null ? getTranslation("gaps.trend.now") : quarter;
    }

    private String categoryFigure(TrendPoint.CategoryPoint point) {
        return point.targets() == 0
                ? getTranslation("gaps.trend.no-targets")
                : getTranslation("gaps.figure.targets-met.value", point.targetsMet(), point.targets());
    }
}
