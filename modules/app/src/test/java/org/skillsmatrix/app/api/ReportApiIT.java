package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Reports as files, in the format the Accept header or the format parameter asks for, for those who may export. */
class ReportApiIT extends ApiIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theChoicesAreWhatTheCallerMayExport() {
        var hr = api().as("hr").get("/api/v1/reports").json();
        var manager = api().as("manager").get("/api/v1/reports").json();
        var employee = api().as("employee").get("/api/v1/reports").json();

        assertThat(hr).containsEntry("organisation", true);
        assertThat(manager).containsEntry("organisation", false);
        assertThat(manager.get("teams").toString()).contains("Payments");
        assertThat(employee.get("teams"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .isEmpty();
        assertThat(employee.get("people"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .singleElement()
                .asString()
                .contains("Noah Fischer");
    }

    @Test
    void aTeamsGapReportComesAsTheAcceptHeaderAsks() {
        var path = "/api/v1/reports/team-gaps?team=" + payments().id();

        var xlsx = api().as("manager").get(path, "Accept", XLSX);
        var csv = api().as("manager").get(path, "Accept", "text/csv");
        var pdf = api().as("manager").get(path, "Accept", "application/pdf, */*;q=0.1");

        assertThat(xlsx.status()).as(xlsx.describe()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo(XLSX);
        assertThat(xlsx.body()).startsWith('P', 'K');
        assertThat(xlsx.header("Content-Disposition"))
                .startsWith("attachment; filename=\"gap-report_payments_")
                .contains(".xlsx");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains("PostgreSQL");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.text()).startsWith("%PDF");
    }

    @Test
    void aPdfIsInTheLanguageTheCallerChoseElseTheOneTheirRequestAsksForElseEnglish() throws IOException {
        var path = "/api/v1/reports/team-gaps?format=pdf&team=" + payments().id();
        var hr = api().as("hr");

        assertThat(pdfText(hr.get(path))).contains("Gap report: Payments", "Summary");
        assertThat(pdfText(hr.get(path, "Accept-Language", "de-DE,de;q=0.9,en;q=0.5")))
                .contains("Lückenbericht: Payments", "Zusammenfassung")
                .doesNotContain("Summary");
        var settings = hr.get("/api/v1/me/notification-settings").json();
        try {
            var chosen = hr.put(
                    "/api/v1/me/notification-settings", Map.of("email", settings.get("email"), "language", "de"));
            assertThat(chosen.status()).as(chosen.describe()).isEqualTo(200);
            assertThat(pdfText(hr.get(path, "Accept-Language", "en"))).contains("Lückenbericht: Payments");
        } finally {
            var body = new java.util.HashMap<String, Object>();
            body.put("email", settings.get("email"));
            body.put("language", settings.get("language"));
            hr.put("/api/v1/me/notification-settings", body);
        }
        assertThat(hr.get(path.replace("format=pdf", "format=csv"), "Accept-Language", "de")
                        .text())
                .as("a CSV stays English")
                .startsWith("team,category,skill,counting_level");
    }

    private static String pdfText(Answer answer) throws IOException {
        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(answer.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void theFormatParameterWinsOverAccept() {
        var answer = api().as("hr").get("/api/v1/reports/organisation-gaps?format=csv", "Accept", "application/pdf");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/csv");
        assertThat(answer.header("Content-Disposition"))
                .contains("gap-report_organisation_")
                .contains(".csv");
    }

    @Test
    void everyKindCanBeExportedByHr() {
        var hr = api().as("hr");
        for (var path : List.of(
                "/api/v1/reports/matrix?format=xlsx",
                "/api/v1/reports/matrix?format=csv&team=" + payments().id(),
                "/api/v1/reports/profile?format=pdf&person=" + employeeId(),
                "/api/v1/reports/coverage?format=csv-excel&quarters=2")) {
            var answer = hr.get(path);
            assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
            assertThat(answer.body()).isNotEmpty();
        }
    }

    @Test
    void wrongRequestsAreProblemsWhateverTheAcceptHeader() {
        assertProblem(api().as("hr").get("/api/v1/reports/team-gaps?format=xlsx", "Accept", XLSX), 400);
        assertProblem(api().as("hr").get("/api/v1/reports/payroll", "Accept", XLSX), 404);
        assertProblem(api().as("hr").get("/api/v1/reports/organisation-gaps?format=docx"), 400);
        assertProblem(api().as("hr").get("/api/v1/reports/organisation-gaps", "Accept", "application/json"), 406);
        assertProblem(api().as("employee").get("/api/v1/reports/matrix", "Accept", XLSX), 403);
        assertProblem(
                api().as("manager")
                        .get("/api/v1/reports/team-gaps?team=" + otherTeam().id(), "Accept", "text/csv"),
                403);
        assertProblem(api().as("employee").get("/api/v1/reports/profile?person=" + managerId()), 403);
    }
}
