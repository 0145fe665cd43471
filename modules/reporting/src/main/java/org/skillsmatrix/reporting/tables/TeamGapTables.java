package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.TeamGapReport;
import org.skillsmatrix.reporting.base.Column;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.base.Table;

/**
 * A team's gap report as tables: skills riskiest first, the categories with their totals, and the knowledge at risk.
 */
final class TeamGapTables {

    private TeamGapTables() {}

    private static List<Column> skills(Language language) {
        return List.of(
                language.column("category", 24),
                language.column("skill", 30),
                language.column("counting_level", 10),
                language.column("target_headcount", 10),
                language.column("holders", 10),
                language.column("shortfall", 10),
                language.column("single_point_of_failure", 22));
    }

    static List<Table> sheets(TeamGapReport report) {
        var language = Language.of(report.header());
        return List.of(
                new Table(language.text("table.skills-riskiest-first"), skills(language), skillRows(report)),
                categories(report, language),
                new Table(
                        language.text("table.certification-targets"),
                        List.of(
                                language.column("certification", 34),
                                language.column("holders_needed", 10),
                                language.column("valid_holders", 12),
                                language.column("only_expired", 12),
                                language.column("shortfall", 10)),
                        certificationRows(report)),
                new Table(
                        language.text("table.knowledge-at-risk"),
                        List.of(
                                language.column("person", 24),
                                language.column("targets_broken", 40),
                                language.column("held_alone", 40)),
                        atRiskRows(report)),
                TrendTables.of(report.trend(), language),
                new Table(
                        language.text("table.who-could-fill"),
                        List.of(
                                language.column("person", 24),
                                language.column("teams", 30),
                                language.column("would_fill", 46)),
                        fillerRows(report, language)),
                new Table(
                        language.text("table.places-nobody-can-fill"),
                        List.of(
                                language.column("category", 24),
                                language.column("skill", 30),
                                language.column("counting_level", 10),
                                language.column("people_missing", 10)),
                        openRows(report)));
    }

    /**
     * Staffing's proposal for the shortfalls; people proposed whom the exporter is not shown by name are one last
     * row that counts them.
     */
    private static List<List<@Nullable Object>> fillerRows(TeamGapReport report, Language language) {
        var filling = report.filling();
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var person : filling.proposed()) {
            var fills = person.fills().stream()
                    .map(fill -> language.text(
                            "fill.at-level", fill.skill().name(), fill.level().value()))
                    .toList();
            rows.add(Rows.of(person.name(), String.join(", ", person.teams()), String.join(", ", fills)));
        }
        if (filling.notNamed() > 0) {
            rows.add(Rows.of(
                    language.text("fill.more-people", filling.notNamed()), language.text("fill.not-named"), null));
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
        var language = Language.of(report.header());
        var columns = new ArrayList<Column>();
        columns.add(language.column("team", 20));
        columns.addAll(skills(language));
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var row : skillRows(report)) {
            var withTeam = new ArrayList<@Nullable Object>();
            withTeam.add(report.team());
            withTeam.addAll(row);
            rows.add(withTeam);
        }
        return new Table(language.text("table.skills"), columns, rows);
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

    /** The certification targets: members holding a valid certificate against those needed. */
    private static List<List<@Nullable Object>> certificationRows(TeamGapReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var target : report.certifications()) {
            rows.add(Rows.of(
                    target.certification(), target.required(), target.holders(), target.lapsed(), target.shortfall()));
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

    private static Table categories(TeamGapReport report, Language language) {
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
        var total =
                Rows.of(language.text("total.all-categories"), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]);
        var columns = List.of(
                language.column("category", 28),
                language.column("skills", 8),
                language.column("targets", 8),
                language.column("targets_met", 9),
                language.column("shortfall", 9),
                language.column("single_points_of_failure", 12),
                language.column("uncovered_skills", 12));
        return new Table(language.text("table.categories"), columns, rows, total);
    }
}
