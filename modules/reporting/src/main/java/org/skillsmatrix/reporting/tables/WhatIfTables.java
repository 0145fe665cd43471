package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.WhatIfReport;
import org.skillsmatrix.domain.whatif.Figures;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.base.Table;

/**
 * A what-if answer as tables: each touched team's and the organisation's figures today and after, then the skills
 * whose standing would change, in the teams, the teams' certification targets whose shortfall would change (where
 * any would), and the skills in the organisation.
 */
final class WhatIfTables {

    private WhatIfTables() {}

    static List<Table> sheets(WhatIfReport report) {
        var language = Language.of(report.header());
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
                language.text("table.changes-in-teams"),
                List.of(
                        language.column("team", 18),
                        language.column("category", 18),
                        language.column("skill", 22),
                        language.column("level", 6),
                        language.column("target_headcount", 9),
                        language.column("holders_today", 8),
                        language.column("holders_after", 8),
                        language.column("change", 40)),
                teamRows));
        var certificationRows = new ArrayList<List<@Nullable Object>>();
        for (var team : report.teams()) {
            for (var certification : team.certifications()) {
                certificationRows.add(Rows.of(
                        team.team(),
                        certification.certification(),
                        certification.required(),
                        certification.holdersToday(),
                        certification.holdersAfter(),
                        certification.change()));
            }
        }
        if (!certificationRows.isEmpty()) {
            tables.add(new Table(
                    language.text("table.certification-changes-in-teams"),
                    List.of(
                            language.column("team", 18),
                            language.column("certification", 30),
                            language.column("target_headcount", 9),
                            language.column("holders_today", 8),
                            language.column("holders_after", 8),
                            language.column("change", 40)),
                    certificationRows));
        }
        var organisation = report.organisation();
        if (organisation != null) {
            var rows = new ArrayList<List<@Nullable Object>>();
            for (var skill : organisation.skills()) {
                rows.add(Rows.of(
                        skill.skill().category(),
                        skill.skill().name(),
                        Rows.count(skill.holdersToday(), language),
                        Rows.count(skill.holdersAfter(), language),
                        skill.teamsShortToday(),
                        skill.teamsShortAfter(),
                        skill.change()));
            }
            tables.add(new Table(
                    language.text("table.changes-in-organisation"),
                    List.of(
                            language.column("category", 18),
                            language.column("skill", 22),
                            language.column("holders_today", 10),
                            language.column("holders_after", 10),
                            language.column("teams_short_today", 8),
                            language.column("teams_short_after", 8),
                            language.column("change", 40)),
                    rows));
        }
        return tables;
    }

    /** The figures of each touched team and of the organisation, one row per figure: the tidy table. */
    static Table figures(WhatIfReport report) {
        var language = Language.of(report.header());
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var team : report.teams()) {
            rows.addAll(rows(team.team(), team.today(), team.after(), language));
        }
        var organisation = report.organisation();
        if (organisation != null) {
            rows.addAll(
                    rows(language.text("what-if.organisation"), organisation.today(), organisation.after(), language));
        }
        return new Table(
                language.text("table.figures"),
                List.of(
                        language.column("where", 24),
                        language.column("figure", 28),
                        language.column("today", 8),
                        language.column("after", 8)),
                rows);
    }

    private static List<List<@Nullable Object>> rows(String where, Figures today, Figures after, Language language) {
        return List.of(
                Rows.of(where, language.text("figure.targets"), today.targets(), after.targets()),
                Rows.of(where, language.text("figure.targets-met"), today.targetsMet(), after.targetsMet()),
                Rows.of(where, language.text("figure.shortfall"), today.shortfall(), after.shortfall()),
                Rows.of(
                        where,
                        language.text("figure.single-points"),
                        today.singlePointsOfFailure(),
                        after.singlePointsOfFailure()),
                Rows.of(where, language.text("figure.held-by-nobody"), today.heldByNobody(), after.heldByNobody()));
    }
}
