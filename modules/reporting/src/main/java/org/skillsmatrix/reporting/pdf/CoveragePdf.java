package org.skillsmatrix.reporting.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;
import org.skillsmatrix.domain.report.CoverageReport;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.pdf.LevelShareChart.Bar;
import org.skillsmatrix.reporting.tables.ReportTables;

/** Coverage as a document: the share of ratings at each level per category, then the tables with the trend. */
final class CoveragePdf {

    private final Document document;
    private final PdfWriter writer;

    CoveragePdf(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    void write(CoverageReport report) {
        var language = Language.of(report.header());
        document.add(PdfBlocks.heading(language.text("pdf.coverage.title")));
        document.add(PdfBlocks.note(language.text("pdf.coverage.note", Level.HOLDS_SKILL.value())));
        var bars = report.categories().stream()
                .flatMap(line -> line.now().whole().map(tally -> new Bar(line.category(), tally)).stream())
                .toList();
        if (bars.size() < report.categories().size()) {
            int n = report.privacy().minimumGroup();
            document.add(PdfBlocks.note(language.text("pdf.coverage.hidden", n)));
        }
        document.add(LevelShareChart.draw(writer, document.right() - document.left(), report.header(), language, bars));
        for (var table : ReportTables.sheets(report)) {
            document.add(PdfBlocks.heading(table.name()));
            document.add(PdfTables.of(table, document.right() - document.left(), language));
        }
    }
}
