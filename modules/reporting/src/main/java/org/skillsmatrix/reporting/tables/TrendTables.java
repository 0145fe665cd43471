package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.GapTrend;
import org.skillsmatrix.reporting.base.Column;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.base.Table;

/** A gap report's trend as a table: a row per quarter's end and now, each category's targets met in a column. */
final class TrendTables {

    private TrendTables() {}

    static Table of(GapTrend trend, Language language) {
        var columns = new ArrayList<Column>();
        columns.add(language.column("period", "quarter", 10));
        columns.add(language.column("targets", 8));
        columns.add(language.column("targets_met", 9));
        columns.add(language.column("single_points_of_failure", 12));
        for (int i = 0; i < trend.categories().size(); i++) {
            columns.add(new Column(
                    "category_" + (i + 1),
                    language.text(
                            "column.category-targets-met", trend.categories().get(i)),
                    14));
        }
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var line : trend.lines()) {
            var row = new ArrayList<@Nullable Object>();
            row.add(line.period());
            row.add(line.targets());
            row.add(line.targetsMet());
            row.add(line.singlePointsOfFailure());
            line.byCategory()
                    .forEach(met -> row.add(
                            met.targets() == 0
                                    ? language.text("trend.no-targets")
                                    : language.text("of", met.met(), met.targets())));
            rows.add(row);
        }
        return new Table(language.text("table.trend"), columns, rows);
    }
}
