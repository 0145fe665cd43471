package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.TeamGapReport;
import org.skillsmatrix.reporting.base.Column;
import org.skillsmatrix.reporting.base.Table;

/**
 * A team's gap report as tables: skills riskiest first, the categories with their totals, and the knowledge at risk.
 */
final class TeamGapTables {

    private static final List<Column> SKILLS = List.of(
            new Column("category", "Category", 24),
            new Column("skill", "Skill", 30),
            new Column("counting_level", "Counting level", 10),
            new Column("target_headcount", "Target headcount", 10),
            new Column("holders", "Holders (bus factor)", 10),
            new Column("shortfall", "Shortfall", 10),
            new Column("single_point_of_failure", "Single point of failure", 22));

    private static final List<Column> CATEGORIES = List.of(
            new Column("category", "Category", 28),
            new Column("skills", "Skills", 8),
            new Column("targets", "Targets", 8),
            new Column("targets_met", "Targets met", 9),
            new Column("shortfall", "Shortfall", 9),
            new Column("single_points_of_failure", "Single points of failure", 12),
            new Column("uncovered_skills", "Skills nobody holds", 12));

    private static final List<Column> AT_RISK = List.of(
            new Column("person", "Person", 24),
            new Column("targets_broken", "Targets that would break", 40),
            new Column("held_alone", "Skills only they hold", 40));

    private static final List<Column> FILLERS = List.of(
            new Column("person", "Person", 24),
            new Column("teams", "Teams", 30),
            new Column("would_fill", "Would fill, at their level", 46));

    private static final List<Column> OPEN = List.of(
            new Column("category", "Category", 24),
            new Column("skill", "Skill", 30),
            new Column("counting_level", "Counting level", 10),
            new Column("people_missing", "People missing", 10));

    private TeamGapTables() {}

    static List<Table> sheets(TeamGapReport report) {
        return List.of(
                new Table("Skills, riskiest first", SKILLS, skillRows(report)),
                categories(report),
                new Table("Knowledge at risk", AT_RISK, atRiskRows(report)),
                TrendTables.of(report.trend()),
                new Table("Who could fill the gaps", FILLERS, fillerRows(report)),
                new Table("Places nobody else can fill", OPEN, openRows(report)));
    }

    /**
     * Staffing's proposal for the shortfalls; people proposed whom the exporter is not shown by name are one last
     * row that counts them.
     */
    private static List<List<@Nullable Object>> fillerRows(TeamGapReport report) {
        var filling = report.filling();
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var person : filling.proposed()) {
            var fills = person.fills().stream()
                    .map(fill -> fill.skill().name() + " at " + fill.level().value())
                    .toList();
            rows.add(Rows.of(person.name(), String.join(", ", person.teams()), String.join(", ", fills)));
        }
        if (filling.notNamed() > 0) {
            rows.add(Rows.of(
                    filling.notNamed() + (filling.notNamed() == 1 ? " more person" : " more people"),
                    "not named to you",
                    null));
        }
        return rows;
    }

    private static List<List<@Nullable Object>> openRows(TeamGapReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var open : report.filling().open()) {
            rows.add(Rows.of(open.skill().category(), open.skill().name(), open.level(), open.missing()));
        }
        return rows;
    }

    static Table tidy(TeamGapReport report) {
        var columns = new ArrayList<Column>();
        columns.add(new Column("team", "Team", 20));
        columns.addAll(SKILLS);
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var row : skillRows(report)) {
            var withTeam = new ArrayList<@Nullable Object>();
            withTeam.add(report.team());
            withTeam.addAll(row);
            rows.add(withTeam);
        }
        return new Table("Skills", columns, rows);
    }

    private static List<List<@Nullable Object>> skillRows(TeamGapReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var skill : report.skills()) {
            rows.add(Rows.of(
                    skill.skill().category(),
                    skill.skill().name(),
                    skill.countingLevel(),
                    skill.required(),
                    skill.holders(),
                    skill.shortfall(),
                    skill.soleHolder()));
        }
        return rows;
    }

    /** Members whose leaving would break targets or leave a skill held by nobody, most targets first. */
    private static List<List<@Nullable Object>> atRiskRows(TeamGapReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var person : report.atRisk()) {
            rows.add(Rows.of(
                    person.name(), String.join(", ", person.targetsBroken()), String.join(", ", person.heldAlone())));
        }
        return rows;
    }

    private static Table categories(TeamGapReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        int[] sums = new int[6];
        for (var category : report.categories()) {
            rows.add(Rows.of(
                    category.category(),
                    category.skills(),
                    category.targets(),
                    category.targetsMet(),
                    category.shortfall(),
                    category.singlePointsOfFailure(),
                    category.uncovered()));
            sums[0] += category.skills();
            sums[1] += category.targets();
            sums[2] += category.targetsMet();
            sums[3] += category.shortfall();
            sums[4] += category.singlePointsOfFailure();
            sums[5] += category.uncovered();
        }
        var total = Rows.of("All categories", sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]);
        return new Table("Categories", CATEGORIES, rows, total);
    }
}
