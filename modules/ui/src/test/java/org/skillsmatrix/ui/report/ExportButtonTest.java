package org.skillsmatrix.ui.report;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** The export button other views add: the report prefilled, a format to choose, hidden where not allowed. */
class ExportButtonTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person max = world.org.person("Max Manager");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada), List.of(maya));
    private final Team search = world.org.team("Search", List.of(max), List.of(max));

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void offersEachReportInTheFormatThatSuitsItUntilTheUserChoosesAnother() {
        var button = button(hr(hannah), ReportRequest.Matrix.of(payments.id()));
        assertThat(button.format.getValue()).isEqualTo(ReportFormat.XLSX);
        assertThat(button.format.getListDataView().getItems())
                .containsExactly(ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.CSV_EXCEL, ReportFormat.PDF);
        assertThat(button.format.getItemLabelGenerator().apply(ReportFormat.CSV_EXCEL))
                .isEqualTo("CSV for Excel (semicolons)");

        button.setRequest(new ReportRequest.OrganisationGaps());
        assertThat(button.format.getValue()).isEqualTo(ReportFormat.PDF);

        _setValue(button.format, ReportFormat.CSV);
        button.setRequest(new ReportRequest.TeamGaps(search.id()));
        assertThat(button.format.getValue()).as("the user's choice stays").isEqualTo(ReportFormat.CSV);
    }

    @Test
    void showsOnlyWhereTheActorMayExportTheReport() {
        assertThat(button(manager(maya), ReportRequest.Matrix.of(payments.id())).isVisible())
                .isTrue();
        assertThat(button(manager(maya), ReportRequest.Matrix.of(search.id())).isVisible())
                .isFalse();
        assertThat(button(manager(maya), new ReportRequest.OrganisationGaps()).isVisible())
                .isFalse();
        assertThat(button(employee(ada), new ReportRequest.Profile(ada.id())).isVisible())
                .isTrue();
        assertThat(button(employee(ada), new ReportRequest.Profile(maya.id())).isVisible())
                .isFalse();
    }

    @Test
    void downloadsThePrefilledReport() {
        var button = button(manager(maya), new ReportRequest.Profile(ada.id()));

        var file = Downloads.fetch(button.download);

        assertThat(file.fileName()).isEqualTo("skill-profile_ada-lovelace_2025-03-03.pdf");
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("PDF");
        assertThat(button.ready()).isTrue();
    }

    @Test
    void isDisabledAndSaysSoUntilAReportIsChosen() {
        var button = button(manager(maya), new ReportRequest.Profile(ada.id()));
        button.setRequest(null);

        assertThat(button.download.isEnabled()).isFalse();
        assertThat(button.download.getElement().getAttribute("aria-disabled")).isEqualTo("true");

        button.setRequest(new ReportRequest.Profile(ada.id()));
        assertThat(button.download.isEnabled()).isTrue();
        assertThat(button.download.getElement().hasAttribute("aria-disabled")).isFalse();
    }

    /** A button for the actor on a page; whoever is signed in, the button decides for the actor it was given. */
    private ExportButton button(Actor actor, ReportRequest request) {
        if (UI.getCurrent() == null) {
            world.signIn(hannah, hr(hannah));
            world.navigate(ViewRoutes.MY_SKILLS);
        }
        var button = new ExportButton(world.org.exportReport, actor, request);
        UI.getCurrent().add(button);
        return button;
    }
}
