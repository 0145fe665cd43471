package org.skillsmatrix.reporting.pdf;

import org.openpdf.text.Document;
import org.skillsmatrix.domain.report.WhatIfReport;
import org.skillsmatrix.domain.whatif.Figures;
import org.skillsmatrix.reporting.tables.ReportTables;

/** A what-if answer as a document: the question, each touched team's and the organisation's figures, the tables. */
final class WhatIfPdf {

    private final Document document;

    WhatIfPdf(Document document) {
        this.document = document;
    }

    void write(WhatIfReport report) {
        document.add(PdfBlocks.heading("The question"));
        for (var sentence : report.question()) {
            document.add(PdfBlocks.note("· " + sentence));
        }
        document.add(PdfBlocks.note("Nothing was changed by asking: the figures after are what would follow, with"
                + " today's ratings and targets."));
        document.add(PdfBlocks.heading("Today → after"));
        for (var team : report.teams()) {
            document.add(PdfBlocks.note(team.team() + ": " + figures(team.today(), team.after())));
        }
        var organisation = report.organisation();
        if (organisation != null) {
            document.add(PdfBlocks.note("The organisation: " + figures(organisation.today(), organisation.after())));
        }
        if (report.teamsNotShown() > 0) {
            document.add(PdfBlocks.note(report.teamsNotShown()
                    + (report.teamsNotShown() == 1 ? " more team" : " more teams")
                    + " you may not see would be touched too."));
        }
        for (var table : ReportTables.sheets(report)) {
            document.add(PdfBlocks.heading(table.name()));
            document.add(PdfTables.of(table, document.right() - document.left()));
        }
    }

    private static String figures(Figures today, Figures after) {
        return "targets met " + today.targetsMet() + " of " + today.targets() + " → " + after.targetsMet() + " of "
                + after.targets() + " · shortfall " + today.shortfall() + " → " + after.shortfall()
                + " · single points of failure " + today.singlePointsOfFailure() + " → "
                + after.singlePointsOfFailure() + " · skills held by nobody " + today.heldByNobody() + " → "
                + after.heldByNobody();
    }
}
