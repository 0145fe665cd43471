package org.skillsmatrix.ui.report;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.report.TeamGapReport;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** The Reports page as each role meets it, on the in-memory organisation, downloads included. */
class ReportsViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person gina = world.org.inactivePerson("Gina Gone");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person max = world.org.person("Max Manager");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada, ben, gina), List.of(maya));
    private final Team search = world.org.team("Search", List.of(max), List.of(max));

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void hrChoosesAmongEveryReportEveryTeamAndEveryActivePerson() {
        var view = open(hr(hannah));

        assertThat(view.kind.getListDataView().getItems())
                .containsExactly(ReportKind.MATRIX, ReportKind.GAPS, ReportKind.PROFILE, ReportKind.COVERAGE);
        assertThat(view.teams.getListDataView().getItems()).containsExactly(payments, search);
        assertThat(view.person.getListDataView().getItems())
                .extracting(Person::name)
                .containsExactly("Ada Lovelace", "Ben Brown", "Hannah Ruiz", "Max Manager", "Maya Schmidt");
        assertThat(view.wholeOrganisation.isVisible()).isTrue();
        assertThat(view.wholeOrganisation.getLabel()).isEqualTo("All teams");
        assertThat(view.teams.isVisible()).isFalse();
        assertThat(view.request()).isEqualTo(ReportRequest.Matrix.allTeams());
        assertThat(view.export.format.getValue()).isEqualTo(ReportFormat.XLSX);

        _setValue(view.kind, ReportKind.GAPS);
        assertThat(view.wholeOrganisation.getLabel()).isEqualTo("The whole organisation");
        assertThat(view.request()).isEqualTo(new ReportRequest.OrganisationGaps());
        assertThat(view.export.format.getValue()).isEqualTo(ReportFormat.PDF);

        _setValue(view.wholeOrganisation, false);
        assertThat(view.team.isVisible()).isTrue();
        assertThat(view.request()).isEqualTo(new ReportRequest.TeamGaps(payments.id()));

        _setValue(view.kind, ReportKind.COVERAGE);
        assertThat(view.request()).isEqualTo(ReportRequest.Coverage.lastYear());
        assertThat(view.wholeOrganisation.isVisible()).isFalse();
    }

    @Test
    void aManagerChoosesAmongTheTeamsTheyManageAndTheirMembersProfiles() {
        var view = open(manager(maya));

        assertThat(view.kind.getListDataView().getItems())
                .containsExactly(ReportKind.MATRIX, ReportKind.GAPS, ReportKind.PROFILE);
        assertThat(view.wholeOrganisation.isVisible()).isFalse();
        assertThat(view.teams.getListDataView().getItems()).containsExactly(payments);
        assertThat(view.teams.getValue()).containsExactly(payments);
        assertThat(view.request()).isEqualTo(ReportRequest.Matrix.of(payments.id()));

        _setValue(view.kind, ReportKind.PROFILE);
        assertThat(view.person.getListDataView().getItems()).containsExactly(ada, ben, maya);
        assertThat(view.person.getValue()).as("their own profile first").isEqualTo(maya);
        assertThat(view.request()).isEqualTo(new ReportRequest.Profile(maya.id()));
    }

    @Test
    void anEmployeeExportsTheirOwnProfileOnly() {
        var view = open(employee(ada));

        assertThat(view.kind.getListDataView().getItems()).containsExactly(ReportKind.PROFILE);
        assertThat(view.person.getListDataView().getItems()).containsExactly(ada);
        assertThat(view.request()).isEqualTo(new ReportRequest.Profile(ada.id()));
        assertThat(view.export.format.getValue()).isEqualTo(ReportFormat.PDF);
    }

    @Test
    void someoneWhoMayExportNothingIsRefusedThePage() {
        world.signIn(hannah, Actor.of(hannah.id(), Role.ADMIN));
        world.navigate(ViewRoutes.REPORTS);

        _assertOne(ErrorView.class);
        _assertNone(ReportsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-message")).getText())
                .isEqualTo("You are not allowed to do this.");
    }

    @Test
    void aDownloadStreamsAFileNamedForWhatAndWhenAndIsAudited() {
        var view = open(hr(hannah));

        var file = Downloads.fetch(view.export.download);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.fileName()).isEqualTo("skills-matrix_all-teams_2025-03-03.xlsx");
        assertThat(file.contentType()).isEqualTo(ReportFormat.XLSX.mediaType());
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("XLSX");
        assertThat(view.export.status.getText()).isEqualTo("Exported skills-matrix_all-teams_2025-03-03.xlsx.");
        assertThat(world.org.auditLog.entries())
                .extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(tuple("report.exported", "skills-matrix_all-teams_2025-03-03.xlsx"));
    }

    @Test
    void aDownloadEndsOnlyAfterTheExportHasReturnedSoItsAuditEntryIsCommittedByThen() {
        var view = open(hr(hannah));

        var file = Downloads.fetch(view.export.download);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.closedByHandler())
                .as("the export leaves the answer open: it ends with the request, after the export's transaction")
                .isFalse();
    }

    @Test
    void theChosenTeamAndFormatMakeTheFile() {
        world.org.selfRated(ada, world.org.skill("PostgreSQL"), Level.EXPERT);
        var view = open(manager(maya));

        _setValue(view.kind, ReportKind.GAPS);
        _setValue(view.export.format, ReportFormat.CSV_EXCEL);
        var file = Downloads.fetch(view.export.download);

        assertThat(file.fileName()).isEqualTo("gap-report_payments_2025-03-03.csv");
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("CSV_EXCEL");
        assertThat(world.org.renderer.format()).isEqualTo(ReportFormat.CSV_EXCEL);
    }

    @Test
    void aPdfOrWorkbookIsWrittenInThePagesLanguageAndACsvInEnglish() {
        var view = open(manager(maya));
        UI.getCurrent().setLocale(Locale.GERMAN);

        _setValue(view.kind, ReportKind.GAPS);
        _setValue(view.export.format, ReportFormat.PDF);
        Downloads.fetch(view.export.download);
        var german = world.org.renderer.report(TeamGapReport.class).header();
        _setValue(view.export.format, ReportFormat.CSV);
        Downloads.fetch(view.export.download);
        var csv = world.org.renderer.report(TeamGapReport.class).header();

        assertThat(german.language()).isEqualTo(Locale.GERMAN);
        assertThat(german.title()).isEqualTo("Lückenbericht: Payments");
        assertThat(csv.language()).isEqualTo(Locale.ENGLISH);
        assertThat(csv.title()).isEqualTo("Gap report: Payments");
    }

    @Test
    void anIncompleteChoiceCannotBeDownloaded() {
        var view = open(manager(maya));

        _setValue(view.teams, Set.of());

        assertThat(view.request()).isNull();
        assertThat(view.export.download.isEnabled()).isFalse();
        assertThat(view.export.ready()).isFalse();
    }

    @Test
    void aManagerCannotExportAnotherTeamEvenPastThePage() {
        var view = open(manager(maya));
        assertThat(view.teams.getListDataView().getItems()).doesNotContain(search);

        view.export.setRequest(ReportRequest.Matrix.of(search.id()));
        assertThat(view.export.isVisible())
                .as("a report the manager may not export")
                .isFalse();

        view.export.setRequest(ReportRequest.Matrix.of(payments.id()));
        view.export.handler().choose(new ReportDownload.Export(ReportRequest.Matrix.of(search.id()), ReportFormat.CSV));
        var file = Downloads.fetch(view.export.download);

        assertThat(file.status()).isEqualTo(403);
        assertThat(file.body()).isEmpty();
        assertThat(file.disposition()).isNull();
        expectNotifications("You are not allowed to do this.");
        assertThat(world.org.auditLog.entries()).isEmpty();
    }

    @Test
    void aLongExportShowsProgressAndPollsUntilTheFileIsWritten() {
        var view = open(hr(hannah));
        var button = view.export;

        BasicUtilsKt._fireDomEvent(button.download, "click");

        assertThat(button.progress.isVisible()).isTrue();
        assertThat(button.progress.isIndeterminate()).isTrue();
        assertThat(button.status.getText()).isEqualTo("Preparing the file…");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ExportButton.POLL_INTERVAL);

        Downloads.fetch(button.download);

        assertThat(button.progress.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(button.status.getText()).startsWith("Exported skills-matrix_all-teams_");
    }

    @Test
    void aDownloadThatEndsBeforeItsClickArrivesLeavesNoProgressBehind() {
        var view = open(hr(hannah));
        var button = view.export;

        Downloads.fetch(button.download);
        BasicUtilsKt._fireDomEvent(button.download, "click");

        assertThat(button.progress.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private ReportsView open(Actor actor) {
        var person = world.org.people.byId(actor.person()).orElseThrow();
        world.signIn(person, actor);
        world.navigate(ViewRoutes.REPORTS);
        return _get(ReportsView.class);
    }
}
