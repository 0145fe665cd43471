package org.skillsmatrix.reporting;

import java.io.IOException;
import java.io.OutputStream;
import org.skillsmatrix.domain.report.Report;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRenderer;
import org.skillsmatrix.reporting.csv.CsvRenderer;
import org.skillsmatrix.reporting.pdf.PdfRenderer;
import org.skillsmatrix.reporting.xlsx.XlsxRenderer;

/** The domain's report renderer: hands each format to its own writer. */
public final class ReportFileWriter implements ReportRenderer {

    private final XlsxRenderer xlsx = new XlsxRenderer();
    private final CsvRenderer csv = CsvRenderer.standard();
    private final CsvRenderer csvForExcel = CsvRenderer.forExcel();
    private final PdfRenderer pdf = new PdfRenderer();

    @Override
    public void render(Report report, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> xlsx.render(report, out);
            case CSV -> csv.render(report, out);
            case CSV_EXCEL -> csvForExcel.render(report, out);
            case PDF -> pdf.render(report, out);
        }
    }
}
