package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.GapTrend;
import org.skillsmatrix.reporting.base.Column;
import org.skillsmatrix.reporting.base.Table;

/** A gap report's trend as a table: a row per quarter's end and now, each category's targets met in a column. */
final class TrendTables {

    private TrendTables() {}

    static Table of(GapTrend trend) {
        var columns = new ArrayList<Column>();
        columns.add(new Column("period", "Quarter", 10));
        columns.add(new Column("targets", "Targets", 8));
        columns.add(new Column("targets_met", "Targets met", 9));
        columns.add(new Column("single_points_of_failure", "Single points of failure", 12));
        for (int i = 0; i < trend.categories().size(); i++) {
            columns.add(new Column("category_" + (i + 1), trend.categories().get(i) + ": targets met", 14));
        }
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var line : trend.lines()) {
            var row = new ArrayList<@Nullable Object>();
            row.add(line.period());
            row.add(line.targets());
            row.add(line.targetsMet());
            row.add(line.singlePointsOfFailure());
            line.byCategory()
                    .forEach(met -> row.add(met.targets() == 0 ? "no targets" : met.met() + " of " + met.targets()));
            rows.add(row);
        }
        return new Table("Trend by quarter", columns, rows);
    }
}
