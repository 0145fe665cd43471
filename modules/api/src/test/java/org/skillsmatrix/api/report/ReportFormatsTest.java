package org.skillsmatrix.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillsmatrix.api.base.InvalidRequest;
import org.skillsmatrix.api.base.NotAcceptable;
import org.skillsmatrix.domain.report.ReportFormat;

/** Which format a report comes in: the parameter's, else the first the Accept header allows, else XLSX. */
class ReportFormatsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "xlsx      | application/pdf                            | XLSX",
                "CSV       | -                                          | CSV",
                "csv-excel | -                                          | CSV_EXCEL",
                "pdf       | text/csv                                   | PDF",
                "-         | -                                          | XLSX",
                "-         | */*                                        | XLSX",
                "-         | text/csv                                   | CSV",
                "-         | text/*                                     | CSV",
                "-         | application/pdf, text/csv;q=0.5            | PDF",
                "-         | text/csv;q=0.5, application/pdf            | PDF",
                "-         | */*;q=0.1, application/pdf                 | PDF",
                "-         | application/json, application/pdf;q=0.2   | PDF",
                "-         | application/*                              | XLSX",
                "-         | text/csv;q=0, application/pdf;q=0.1        | PDF"
            })
    void choosesTheFormat(String parameter, String accept, ReportFormat expected) {
        assertThat(ReportController.format(parameter, accept)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "image/png, text/html", "text/csv;q=0"})
    void anAcceptHeaderAllowingNoReportFormatIsNotAcceptable(String accept) {
        assertThatExceptionOfType(NotAcceptable.class).isThrownBy(() -> ReportController.format(null, accept));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "", "xlsx; drop table"})
    void anUnknownFormatParameterIsInvalid(String parameter) {
        assertThatExceptionOfType(InvalidRequest.class).isThrownBy(() -> ReportController.format(parameter, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a media type", "text/", ";;;"})
    void aMalformedAcceptHeaderIsInvalid(String accept) {
        assertThatExceptionOfType(InvalidRequest.class).isThrownBy(() -> ReportController.format(null, accept));
    }
}
