package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.OrganisationGapReport;
import org.skillsmatrix.reporting.base.Column;
import org.skillsmatrix.reporting.base.Table;

/** The organisation's gap report as tables: skills riskiest first, and the categories with their totals. */
final class OrganisationGapTables {

    private static final List<Column> SKILLS = List.of(
            new Column("category", "Category", 24),
            new Column("skill", "Skill", 30),
            new Column("holders", "Holders (bus factor)", 10),
            new Column("single_point_of_failure", "Single point of failure", 22),
            new Column("teams_with_target", "Teams with a target", 10),
            new Column("teams_short", "Teams short", 9),
            new Column("shortfall", "Shortfall", 9));

    private static final List<Column> CATEGORIES = List.of(
            new Column("category", "Category", 28),
            new Column("skills", "Skills", 8),
            new Column("teams_short", "Teams short", 9),
            new Column("shortfall", "Shortfall", 9),
            new Column("single_points_of_failure", "Single points of failure", 12),
            new Column("uncovered_skills", "Skills nobody holds", 12));

    private OrganisationGapTables() {}

    static List<Table> sheets(OrganisationGapReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var skill : report.skills()) {
            rows.add(Rows.of(
                    skill.skill().category(),
                    skill.skill().name(),
                    Rows.count(skill.holders()),
                    skill.soleHolder(),
                    skill.teamsWithTarget(),
                    skill.teamsShort(),
                    skill.shortfall()));
        }
        return List.of(
                new Table("Skills, riskiest first", SKILLS, rows), categories(report), TrendTables.of(report.trend()));
    }

    private static Table categories(OrganisationGapReport report) {
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
        var total = Rows.of("All categories", sums[0], sums[1], sums[2], sums[3], sums[4]);
        return new Table("Categories", CATEGORIES, rows, total);
    }
}
