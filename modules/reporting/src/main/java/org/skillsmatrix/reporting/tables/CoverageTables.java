package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.CoverageReport;
import org.skillsmatrix.domain.report.ShownTally;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Column;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.base.Table;

/**
 * The organisation's coverage as tables: per skill and per category, the people at each level now, and how
 * many were at {@link Level#HOLDS_SKILL} or above at the end of each period.
 */
final class CoverageTables {

    private CoverageTables() {}

    static List<Table> sheets(CoverageReport report) {
        var language = Language.of(report.header());
        var skillRows = new ArrayList<List<@Nullable Object>>();
        for (var line : report.skills()) {
            skillRows.add(row(List.of(line.skill().category(), line.skill().name()), line.byPeriod(), language));
        }
        var categoryRows = new ArrayList<List<@Nullable Object>>();
        var totals = new ArrayList<ShownTally>();
        report.periods().forEach(period -> totals.add(ShownTally.EMPTY));
        for (var line : report.categories()) {
            categoryRows.add(row(List.of(line.category(), line.skills()), line.byPeriod(), language));
            for (int p = 0; p < totals.size(); p++) {
                totals.set(p, totals.get(p).plus(line.byPeriod().get(p)));
            }
        }
        int skills = report.skills().size();
        return List.of(
                new Table(
                        language.text("table.categories"),
                        columns(report, language, language.column("category", 28), language.column("skills", 7)),
                        categoryRows,
                        row(List.of(language.text("total.all-categories"), skills), totals, language)),
                new Table(
                        language.text("table.skills"),
                        columns(report, language, language.column("category", 24), language.column("skill", 28)),
                        skillRows));
    }

    /** One row per period, skill and level: the number of people. */
    static Table tidy(CoverageReport report) {
        var language = Language.of(report.header());
        var columns = List.of(
                language.column("period", 10),
                language.column("category", 24),
                language.column("skill", 28),
                language.column("level", 6),
                language.column("level_name", 18),
                language.column("people", 8));
        var rows = new ArrayList<List<@Nullable Object>>();
        for (int p = 0; p < report.periods().size(); p++) {
            var period = report.periods().get(p).label();
            for (var line : report.skills()) {
                var tally = line.byPeriod().get(p);
                for (var level : Level.values()) {
                    rows.add(Rows.of(
                            period,
                            line.skill().category(),
                            line.skill().name(),
                            level.value(),
                            report.header().levelName(level),
                            Rows.count(tally.at(level), language)));
                }
            }
        }
        return new Table(language.text("table.coverage"), columns, rows);
    }

    private static List<Column> columns(CoverageReport report, Language language, Column first, Column second) {
        var columns = new ArrayList<Column>();
        columns.add(first);
        columns.add(second);
        for (var level : Level.values()) {
            columns.add(new Column(
                    "level_" + level.value(),
                    level.value() + " " + report.header().levelName(level),
                    12));
        }
        columns.add(language.column("rated", 8));
        var periods = report.periods();
        for (int p = periods.size() - 1; p >= 0; p--) {
            var label = periods.get(p).label();
            columns.add(new Column(
                    "holders_" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'),
                    Level.HOLDS_SKILL.value() + "+ " + label,
                    8));
        }
        return columns;
    }

    /** The leading cells, the counts now per level, the rated total, then the holders per period, newest first. */
    private static List<@Nullable Object> row(List<Object> leading, List<ShownTally> byPeriod, Language language) {
        var row = new ArrayList<@Nullable Object>(leading);
        var now = byPeriod.getLast();
        for (var level : Level.values()) {
            row.add(Rows.count(now.at(level), language));
        }
        row.add(Rows.count(now.rated(), language));
        for (int p = byPeriod.size() - 1; p >= 0; p--) {
            row.add(Rows.count(byPeriod.get(p).atLeast(Level.HOLDS_SKILL), language));
        }
        return row;
    }
}
