package org.skillsmatrix.reporting.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.skillsmatrix.domain.report.CoverageReport;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.OrganisationGapReport;
import org.skillsmatrix.domain.report.ProfileReport;
import org.skillsmatrix.domain.report.Report;
import org.skillsmatrix.domain.report.TeamGapReport;
import org.skillsmatrix.domain.report.WhatIfReport;
import org.skillsmatrix.reporting.base.Language;

/**
 * Writes a report as an A4 PDF: the title block with its filters, then the report's charts and tables. A
 * matrix whose catalog has a category wider than an upright page's table is printed landscape.
 */
public final class PdfRenderer {

    private static final float SIDE = 36;
    private static final float TOP = 62;
    private static final float BOTTOM = 50;

    /** Writes the document and flushes; leaves {@code out} open. */
    public void render(Report report, OutputStream out) throws IOException {
        var header = report.header();
        boolean landscape = report instanceof MatrixReport matrix && MatrixPdf.landscape(matrix);
        var document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, SIDE, SIDE, TOP, BOTTOM);
        var writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageDecorations(header));
        writer.getExtraCatalog()
                .put(PdfName.LANG, new PdfString(header.language().toLanguageTag()));
        document.addTitle(header.title());
        document.addAuthor(header.generatedBy());
        document.addCreator(Language.of(header).text("product"));
        document.open();
        document.add(PdfBlocks.titleBlock(header));
        switch (report) {
            case MatrixReport matrix ->
                new MatrixPdf(
                                document,
                                landscape ? MatrixPdf.LANDSCAPE_SKILLS : MatrixPdf.UPRIGHT_SKILLS,
                                Language.of(header))
                        .write(matrix);
            case TeamGapReport gaps -> new GapPdf(document, writer).write(gaps);
            case OrganisationGapReport gaps -> new GapPdf(document, writer).write(gaps);
            case ProfileReport profile -> new ProfilePdf(document, writer).write(profile);
            case CoverageReport coverage -> new CoveragePdf(document, writer).write(coverage);
            case WhatIfReport whatIf -> new WhatIfPdf(document).write(whatIf);
        }
        document.close();
        out.flush();
    }
}
