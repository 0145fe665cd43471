package org.skillsmatrix.reporting.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;
import org.skillsmatrix.domain.report.GapTrend;
import org.skillsmatrix.domain.report.OrganisationGapReport;
import org.skillsmatrix.domain.report.TeamGapReport;
import org.skillsmatrix.reporting.base.Table;
import org.skillsmatrix.reporting.pdf.BarChart.Bar;
import org.skillsmatrix.reporting.tables.ReportTables;

/** Gap reports as documents: the totals, coverage bars for the riskiest skills, then the tables. */
final class GapPdf {

    static final int MAX_BARS = 20;

    private final Document document;
    private final PdfWriter writer;

    GapPdf(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    void write(TeamGapReport report) {
        document.add(PdfBlocks.heading("Summary"));
        document.add(PdfBlocks.note("Targets met: " + report.targetsMet() + " of " + report.targets()
                + " · Shortfall: " + report.totalShortfall() + (report.totalShortfall() == 1 ? " person" : " people")
                + " · Single points of failure: " + report.singlePointsOfFailure() + " · Active members: "
                + report.members()));
        var targeted = report.skills().stream()
                .filter(TeamGapReport.SkillGap::hasTarget)
                .toList();
        var charted = targeted.isEmpty() ? report.skills() : targeted;
        var bars = new ArrayList<Bar>();
        for (var skill : charted.subList(0, Math.min(MAX_BARS, charted.size()))) {
            bars.add(new Bar(
                    skill.skill().name(),
                    skill.holders(),
                    skill.required(),
                    skill.hasTarget()
                            ? skill.holders() + " of " + skill.required()
                            : skill.holders() + (skill.holders() == 1 ? " holder" : " holders")));
        }
        document.add(PdfBlocks.heading(
                targeted.isEmpty() ? "Holders per skill, riskiest first" : "Holders against the team's targets"));
        if (!targeted.isEmpty()) {
            document.add(PdfBlocks.note("The tick marks the target's headcount; a paler bar falls short of it."));
        }
        document.add(BarChart.draw(writer, width(), bars));
        trend(report.trend());
        tables(ReportTables.sheets(report));
    }

    void write(OrganisationGapReport report) {
        document.add(PdfBlocks.heading("Summary"));
        document.add(PdfBlocks.note("Active people: " + report.activePeople() + " in " + report.teams() + " teams"
                + " · Shortfall against every team's targets: " + report.totalShortfall()
                + " · Single points of failure: " + report.singlePointsOfFailure()));
        var bars = new ArrayList<Bar>();
        var skills = report.skills();
        for (var skill : skills.subList(0, Math.min(MAX_BARS, skills.size()))) {
            var holders = skill.holders().value();
            var figures = skill.holders()
                    + (Integer.valueOf(1).equals(holders) ? " holder" : " holders")
                    + (skill.shortfall() > 0
                            ? " · short by " + skill.shortfall() + " in " + skill.teamsShort()
                                    + (skill.teamsShort() == 1 ? " team" : " teams")
                            : "");
            // a count the privacy threshold hides draws no bar; its figure says "fewer than N holders"
            bars.add(new Bar(skill.skill().name(), holders == null ? 0 : holders, 0, figures));
        }
        document.add(PdfBlocks.heading("Holders of the riskiest skills"));
        document.add(BarChart.draw(writer, width(), bars));
        trend(report.trend());
        tables(ReportTables.sheets(report));
    }

    /** Targets met quarter by quarter, against the targets; the table "Trend by quarter" has every figure. */
    private void trend(GapTrend trend) {
        var bars = new ArrayList<Bar>();
        for (var line : trend.lines()) {
            bars.add(new Bar(
                    line.period(),
                    line.targetsMet(),
                    line.targets(),
                    line.targetsMet() + " of " + line.targets() + " · " + line.singlePointsOfFailure() + " SPOF"));
        }
        document.add(PdfBlocks.heading("Targets met, quarter by quarter"));
        document.add(PdfBlocks.note("At the end of each of the last eight quarters and now, for today's members and"
                + " targets with the ratings as they stood then; SPOF: single points of failure. The tick marks the"
                + " targets."));
        document.add(BarChart.draw(writer, width(), bars));
    }

    private void tables(List<Table> tables) {
        for (var table : tables) {
            document.add(PdfBlocks.heading(table.name()));
            document.add(PdfTables.of(table, document.right() - document.left()));
        }
    }

    private float width() {
        return document.right() - document.left();
    }
}
