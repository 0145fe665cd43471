package org.skillsmatrix.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;

/**
 * The organisation's reports as files under a privacy threshold of 5: the sample organisation's small counts read
 * "fewer than 5" in every format, and each file says why.
 */
class PrivacyThresholdReportsTest {

    private final SampleOrganisation sample = new SampleOrganisation();
    private final ExportReport export = sample.world.exportReportWith(new ReportFileWriter(), PrivacyThreshold.DEFAULT);

    @Test
    void theOrganisationsGapCsvAndPdfSayFewerThanFiveForTheSmallCounts() throws IOException {
        var csv = text(new ReportRequest.OrganisationGaps(), ReportFormat.CSV);
        var pdf = pdfText(new ReportRequest.OrganisationGaps());

        var holders = csv.lines().skip(1).map(line -> line.split(",")[2]).toList();
        assertThat(holders)
                .contains("fewer than 5")
                .allSatisfy(count -> assertThat(count).matches("fewer than 5|0|[5-9]|[1-9][0-9]+"));
        assertThat(pdf).contains("fewer than 5", "Privacy", "is shown as \"fewer than 5\"");
    }

    @Test
    void coverageHidesTheSmallCountsAndTheTotalsTheyArePartOf() throws IOException {
        var csv = text(new ReportRequest.Coverage(0), ReportFormat.CSV);
        var pdf = pdfText(new ReportRequest.Coverage(0));

        assertThat(csv).contains("fewer than 5");
        assertThat(pdf).contains("fewer than 5", "left out of the chart (privacy threshold)", "Privacy");
    }

    private String text(ReportRequest request, ReportFormat format) {
        var out = new ByteArrayOutputStream();
        export.export(sample.hr(), request, format, Locale.ENGLISH, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String pdfText(ReportRequest request) throws IOException {
        var out = new ByteArrayOutputStream();
        export.export(sample.hr(), request, ReportFormat.PDF, Locale.ENGLISH, out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
