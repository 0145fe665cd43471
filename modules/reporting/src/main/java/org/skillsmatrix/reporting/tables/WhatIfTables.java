package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.WhatIfReport;
import org.skillsmatrix.domain.whatif.Figures;
import org.skillsmatrix.reporting.base.Column;
import org.skillsmatrix.reporting.base.Table;

/**
 * A what-if answer as tables: each touched team's and the organisation's figures today and after, then the skills
 * whose standing would change, in the teams and in the organisation.
 */
final class WhatIfTables {

    static final String ORGANISATION = "The organisation";

    private WhatIfTables() {}

    static List<Table> sheets(WhatIfReport report) {
        var tables = new ArrayList<Table>();
        tables.add(figures(report));
        var teamRows = new ArrayList<List<@Nullable Object>>();
        for (var team : report.teams()) {
            for (var skill : team.skills()) {
                teamRows.add(Rows.of(
                        team.team(),
                        skill.skill().category(),
                        skill.skill().name(),
                        skill.target(),
                        skill.required() == 0 ? null : skill.required(),
                        skill.holdersToday(),
                        skill.holdersAfter(),
                        skill.change()));
            }
        }
        tables.add(new Table(
                "Changes in the teams",
                List.of(
                        new Column("team", "Team", 18),
                        new Column("category", "Category", 18),
                        new Column("skill", "Skill", 22),
                        new Column("level", "Level", 6),
                        new Column("target_headcount", "Target headcount", 9),
                        new Column("holders_today", "Holders today", 8),
                        new Column("holders_after", "Holders after", 8),
                        new Column("change", "What would change", 40)),
                teamRows));
        var organisation = report.organisation();
        if (organisation != null) {
            var rows = new ArrayList<List<@Nullable Object>>();
            for (var skill : organisation.skills()) {
                rows.add(Rows.of(
                        skill.skill().category(),
                        skill.skill().name(),
                        Rows.count(skill.holdersToday()),
                        Rows.count(skill.holdersAfter()),
                        skill.teamsShortToday(),
                        skill.teamsShortAfter(),
                        skill.change()));
            }
            tables.add(new Table(
                    "Changes in the organisation",
                    List.of(
                            new Column("category", "Category", 18),
                            new Column("skill", "Skill", 22),
                            new Column("holders_today", "Holders today", 10),
                            new Column("holders_after", "Holders after", 10),
                            new Column("teams_short_today", "Teams short today", 8),
                            new Column("teams_short_after", "Teams short after", 8),
                            new Column("change", "What would change", 40)),
                    rows));
        }
        return tables;
    }

    /** The figures of each touched team and of the organisation, one row per figure: the tidy table. */
    static Table figures(WhatIfReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var team : report.teams()) {
            rows.addAll(rows(team.team(), team.today(), team.after()));
        }
        var organisation = report.organisation();
        if (organisation != null) {
            rows.addAll(rows(ORGANISATION, organisation.today(), organisation.after()));
        }
        return new Table(
                "Figures today and after",
                List.of(
                        new Column("where", "Where", 24),
                        new Column("figure", "Figure", 28),
                        new Column("today", "Today", 8),
                        new Column("after", "After", 8)),
                rows);
    }

    private static List<List<@Nullable Object>> rows(String where, Figures today, Figures after) {
        return List.of(
                Rows.of(where, "Targets", today.targets(), after.targets()),
                Rows.of(where, "Targets met", today.targetsMet(), after.targetsMet()),
                Rows.of(where, "Shortfall (people)", today.shortfall(), after.shortfall()),
                Rows.of(
                        where,
                        "Single points of failure",
                        today.singlePointsOfFailure(),
                        after.singlePointsOfFailure()),
                Rows.of(where, "Skills held by nobody", today.heldByNobody(), after.heldByNobody()));
    }
}
