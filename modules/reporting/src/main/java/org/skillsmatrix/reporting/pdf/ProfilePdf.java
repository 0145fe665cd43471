package org.skillsmatrix.reporting.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;
import org.skillsmatrix.domain.report.ProfileReport;
import org.skillsmatrix.reporting.pdf.RadarChart.Axis;
import org.skillsmatrix.reporting.tables.ReportTables;

/** A profile as a document: a radar of the level per category against the role profile, then the tables. */
final class ProfilePdf {

    private final Document document;
    private final PdfWriter writer;

    ProfilePdf(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    void write(ProfileReport report) {
        int gap = report.gaps().stream().mapToInt(ProfileReport.SkillGap::gap).sum();
        document.add(PdfBlocks.heading("Summary"));
        document.add(PdfBlocks.note("Skills rated: " + report.ratings().size()
                + " · Role profile: " + (report.roleProfile() == null ? "none" : report.roleProfile())
                + " · Levels still to go against it: " + gap));
        document.add(PdfBlocks.legend(report.header()));
        document.add(PdfBlocks.heading("Level per category"));
        var axes = report.categories().stream()
                .map(category -> new Axis(category.category(), category.current(), category.expected()))
                .toList();
        if (axes.size() >= RadarChart.MIN_AXES) {
            document.add(RadarChart.draw(writer, document.right() - document.left(), axes));
        } else {
            document.add(PdfBlocks.note("A radar needs at least " + RadarChart.MIN_AXES + " categories."));
        }
        for (var table : ReportTables.sheets(report)) {
            document.add(PdfBlocks.heading(table.name()));
            document.add(PdfTables.of(table, document.right() - document.left()));
        }
    }
}
