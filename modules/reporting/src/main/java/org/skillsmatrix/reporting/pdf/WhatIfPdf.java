package org.skillsmatrix.reporting.pdf;

import org.openpdf.text.Document;
import org.skillsmatrix.domain.report.WhatIfReport;
import org.skillsmatrix.domain.whatif.Figures;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.tables.ReportTables;

/** A what-if answer as a document: the question, each touched team's and the organisation's figures, the tables. */
final class WhatIfPdf {

    private final Document document;

    WhatIfPdf(Document document) {
        this.document = document;
    }

    void write(WhatIfReport report) {
        var language = Language.of(report.header());
        document.add(PdfBlocks.heading(language.text("pdf.what-if.question")));
        for (var sentence : report.question()) {
            document.add(PdfBlocks.note("· " + sentence));
        }
        document.add(PdfBlocks.note(language.text("pdf.what-if.nothing-changed")));
        document.add(PdfBlocks.heading(language.text("pdf.what-if.today-after")));
        for (var team : report.teams()) {
            document.add(PdfBlocks.note(team.team() + ": " + figures(team.today(), team.after(), language)));
        }
        var organisation = report.organisation();
        if (organisation != null) {
            document.add(PdfBlocks.note(language.text("what-if.organisation") + ": "
                    + figures(organisation.today(), organisation.after(), language)));
        }
        if (report.teamsNotShown() > 0) {
            document.add(PdfBlocks.note(language.text("pdf.what-if.teams-not-shown", report.teamsNotShown())));
        }
        for (var table : ReportTables.sheets(report)) {
            document.add(PdfBlocks.heading(table.name()));
            document.add(PdfTables.of(table, document.right() - document.left(), language));
        }
    }

    private static String figures(Figures today, Figures after, Language language) {
        return language.text(
                "pdf.what-if.figures",
                today.targetsMet(),
                today.targets(),
                after.targetsMet(),
                after.targets(),
                today.shortfall(),
                after.shortfall(),
                today.singlePointsOfFailure(),
                after.singlePointsOfFailure(),
                today.heldByNobody(),
                after.heldByNobody());
    }
}
