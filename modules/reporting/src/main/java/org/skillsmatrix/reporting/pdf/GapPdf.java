package org.skillsmatrix.reporting.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;
import org.skillsmatrix.domain.report.GapTrend;
import org.skillsmatrix.domain.report.OrganisationGapReport;
import org.skillsmatrix.domain.report.TeamGapReport;
import org.skillsmatrix.reporting.base.Language;
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
        var language = Language.of(report.header());
        document.add(PdfBlocks.heading(language.text("pdf.summary")));
        document.add(PdfBlocks.note(language.text(
                "pdf.gaps.team.summary",
                report.targetsMet(),
                report.targets(),
                report.totalShortfall(),
                report.singlePointsOfFailure(),
                report.members())));
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
                            ? language.text("of", skill.holders(), skill.required())
                            : language.text("pdf.holders", skill.holders())));
        }
        document.add(PdfBlocks.heading(
                targeted.isEmpty()
                        ? language.text("pdf.gaps.holders-per-skill")
                        : language.text("pdf.gaps.holders-against-targets")));
        if (!targeted.isEmpty()) {
            document.add(PdfBlocks.note(language.text("pdf.gaps.tick")));
        }
        document.add(BarChart.draw(writer, width(), bars));
        trend(report.trend(), language);
        tables(ReportTables.sheets(report), language);
    }

    void write(OrganisationGapReport report) {
        var language = Language.of(report.header());
        document.add(PdfBlocks.heading(language.text("pdf.summary")));
        document.add(PdfBlocks.note(language.text(
                "pdf.gaps.organisation.summary",
                report.activePeople(),
                report.teams(),
                report.totalShortfall(),
                report.singlePointsOfFailure())));
        var bars = new ArrayList<Bar>();
        var skills = report.skills();
        for (var skill : skills.subList(0, Math.min(MAX_BARS, skills.size()))) {
            var holders = skill.holders().value();
            var figures = (holders == null
                            ? language.text("pdf.holders.hidden", language.count(skill.holders()))
                            : language.text("pdf.holders", holders))
                    + (skill.shortfall() > 0
                            ? language.text("pdf.gaps.short-by", skill.shortfall(), skill.teamsShort())
                            : "");
            // a count the privacy threshold hides draws no bar; its figure says "fewer than N holders"
            bars.add(new Bar(skill.skill().name(), holders == null ? 0 : holders, 0, figures));
        }
        document.add(PdfBlocks.heading(language.text("pdf.gaps.riskiest-holders")));
        document.add(BarChart.draw(writer, width(), bars));
        trend(report.trend(), language);
        tables(ReportTables.sheets(report), language);
    }

    /** Targets met quarter by quarter, against the targets; the table "Trend by quarter" has every figure. */
    private void trend(GapTrend trend, Language language) {
        var bars = new ArrayList<Bar>();
        for (var line : trend.lines()) {
            bars.add(new Bar(
                    line.period(),
                    line.targetsMet(),
                    line.targets(),
                    language.text(
                            "pdf.trend.figures", line.targetsMet(), line.targets(), line.singlePointsOfFailure())));
        }
        document.add(PdfBlocks.heading(language.text("pdf.trend.title")));
        document.add(PdfBlocks.note(language.text("pdf.trend.note")));
        document.add(BarChart.draw(writer, width(), bars));
    }

    private void tables(List<Table> tables, Language language) {
        for (var table : tables) {
            document.add(PdfBlocks.heading(table.name()));
            document.add(PdfTables.of(table, document.right() - document.left(), language));
        }
    }

    private float width() {
        return document.right() - document.left();
    }
}
