package org.skillsmatrix.reporting.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;
import org.skillsmatrix.domain.report.ProfileReport;
import org.skillsmatrix.reporting.base.Language;
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
        var language = Language.of(report.header());
        var roleProfile = report.roleProfile();
        document.add(PdfBlocks.heading(language.text("pdf.summary")));
        document.add(PdfBlocks.note(language.text(
                "pdf.profile.summary",
                report.ratings().size(),
                roleProfile == null ? language.text("pdf.profile.no-role-profile") : roleProfile,
                gap)));
        document.add(PdfBlocks.legend(report.header()));
        document.add(PdfBlocks.heading(language.text("pdf.profile.radar.title")));
        var axes = report.categories().stream()
                .map(category -> new Axis(category.category(), category.current(), category.expected()))
                .toList();
        if (axes.size() >= RadarChart.MIN_AXES) {
            document.add(RadarChart.draw(writer, document.right() - document.left(), axes, language));
        } else {
            document.add(PdfBlocks.note(language.text("pdf.profile.radar.too-few", RadarChart.MIN_AXES)));
        }
        for (var table : ReportTables.sheets(report)) {
            document.add(PdfBlocks.heading(table.name()));
            document.add(PdfTables.of(table, document.right() - document.left(), language));
        }
    }
}
