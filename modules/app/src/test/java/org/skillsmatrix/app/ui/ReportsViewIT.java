package org.skillsmatrix.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.report.ExportButton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The Reports page on the whole application, as the demo accounts meet it: each sees the reports, teams and
 * people they may export, and a download streams a real file from the database, named for what and when.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @BeforeEach
    void openUi() {
        BrowserlessUi.open(context);
    }

    @AfterEach
    void closeUi() {
        BrowserlessUi.close();
    }

    @Test
    void hr_downloads_every_teams_matrix_as_a_workbook() throws IOException {
        open("hr");

        assertThat(kinds())
                .containsExactly("Skills matrix", "Gap report", "Individual profile", "Organisation coverage");
        assertThat(_get(Checkbox.class, spec -> spec.withId("report-whole-organisation"))
                        .getValue())
                .isTrue();
        assertThat(format().getValue()).isEqualTo(ReportFormat.XLSX);

        var bytes = download();

        assertThat(status()).isEqualTo("Exported skills-matrix_all-teams_" + today() + ".xlsx.");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheet("Report")).isNotNull();
            for (var team : teams.all()) {
                assertThat(workbook.getSheet(team.name())).as(team.name()).isNotNull();
            }
        }
    }

    @Test
    void hr_downloads_the_organisations_gap_report_as_pdf() throws IOException {
        open("hr");

        _setValue(kind(), kindItem("Gap report"));
        var bytes = download();

        assertThat(status()).isEqualTo("Exported gap-report_organisation_" + today() + ".pdf.");
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Gap report: whole organisation", "Skills, riskiest first");
        }
    }

    @Test
    void the_manager_chooses_among_the_teams_they_manage_only() throws IOException {
        var maya = people.byEmail(DemoPeople.MANAGER).orElseThrow();
        open("manager");

        assertThat(kinds()).containsExactly("Skills matrix", "Gap report", "Individual profile");
        var managed = teams.managedBy(maya.id()).stream().map(Team::name).toList();
        assertThat(teamChoices())
                .containsExactlyInAnyOrderElementsOf(managed)
                .hasSizeLessThan(teams.all().size());

        _setValue(kind(), kindItem("Gap report"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Select<Team> team = _get(Select.class, spec -> spec.withId("report-team"));
        var payments = team.getListDataView()
                .getItems()
                .filter(candidate -> candidate.name().equals("Payments"))
                .findFirst()
                .orElseThrow();
        _setValue(team, payments);
        var bytes = download();

        assertThat(status()).isEqualTo("Exported gap-report_payments_" + today() + ".pdf.");
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Gap report: Payments");
        }
    }

    @Test
    void the_manager_cannot_export_another_team() {
        var maya = people.byEmail(DemoPeople.MANAGER).orElseThrow();
        var other = teams.all().stream()
                .filter(team -> !team.managers().contains(maya.id()))
                .findFirst()
                .orElseThrow();
        open("manager");

        assertThat(teamChoices()).doesNotContain(other.name());
        var button = _get(ExportButton.class);
        button.setRequest(ReportRequest.Matrix.of(other.id()));

        assertThat(button.isVisible()).isFalse();
        assertThat(button.ready()).isFalse();
    }

    @Test
    void the_employee_exports_their_own_profile() throws IOException {
        open("employee");

        assertThat(kinds()).containsExactly("Individual profile");
        @SuppressWarnings({"unchecked", "rawtypes"})
        ComboBox<Person> person = _get(ComboBox.class, spec -> spec.withId("report-person"));
        assertThat(person.getListDataView().getItems().map(Person::name)).containsExactly("Noah Fischer");

        var bytes = download();

        assertThat(status()).isEqualTo("Exported skill-profile_noah-fischer_" + today() + ".pdf.");
        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Noah Fischer");
        }
    }

    private void open(String account) {
        BrowserlessUi.signIn(context, account);
        UI.getCurrent().navigate(ViewRoutes.REPORTS);
    }

    private static byte[] download() {
        var bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-download")));
        MockVaadin.clientRoundtrip(false);
        assertThat(bytes).isNotEmpty();
        return bytes;
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("export-status")).getText();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Select<ReportFormat> format() {
        return _get(Select.class, spec -> spec.withId("export-format"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RadioButtonGroup<Object> kind() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("report-kind"));
    }

    private static List<String> kinds() {
        var kind = kind();
        return kind.getListDataView()
                .getItems()
                .map(item -> kind.getItemLabelGenerator().apply(item))
                .toList();
    }

    private static Object kindItem(String label) {
        var kind = kind();
        return kind.getListDataView()
                .getItems()
                .filter(item -> kind.getItemLabelGenerator().apply(item).equals(label))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> teamChoices() {
        MultiSelectComboBox<Team> teams = _get(MultiSelectComboBox.class, spec -> spec.withId("report-teams"));
        return teams.getListDataView().getItems().map(Team::name).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
