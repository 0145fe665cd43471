package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.OrganisationGapReport;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.base.Table;

/** The organisation's gap report as tables: skills riskiest first, and the categories with their totals. */
final class OrganisationGapTables {

    private OrganisationGapTables() {}

    static List<Table> sheets(OrganisationGapReport report) {
        var language = Language.of(report.header());
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var skill : report.skills()) {
            rows.add(Rows.of(
                    skill.skill().category(),
                    skill.skill().name(),
                    Rows.count(skill.holders(), language),
                    skill.soleHolder(),
                    skill.teamsWithTarget(),
                    skill.teamsShort(),
                    skill.shortfall()));
        }
        var columns = List.of(
                language.column("category", 24),
                language.column("skill", 30),
                language.column("holders", 10),
                language.column("single_point_of_failure", 22),
                language.column("teams_with_target", 10),
                language.column("teams_short", 9),
                language.column("shortfall", 9));
        return List.of(
                new Table(language.text("table.skills-riskiest-first"), columns, rows),
                categories(report, language),
                TrendTables.of(report.trend(), language));
    }

    private static Table categories(OrganisationGapReport report, Language language) {
        var rows = new ArrayList<List<@Nullable Object>>();
        int[] sums = new int[5];
        for (var category : report.categories()) {
            rows.add(Rows.of(
                    category.category(),
                    category.skills(),
                    category.teamsShort(),
                    category.shortfall(),
                    category.singlePointsOfFailure(),
                    category.uncovered()));
            sums[0] += category.skills();
            sums[1] += category.teamsShort();
            sums[2] += category.shortfall();
            sums[3] += category.singlePointsOfFailure();
            sums[4] += category.uncovered();
        }
        var total = Rows.of(language.text("total.all-categories"), sums[0], sums[1], sums[2], sums[3], sums[4]);
        var columns = List.of(
                language.column("category", 28),
                language.column("skills", 8),
                language.column("teams_short", 9),
                language.column("shortfall", 9),
                language.column("single_points_of_failure", 12),
                language.column("uncovered_skills", 12));
        return new Table(language.text("table.categories"), columns, rows, total);
    }
}
