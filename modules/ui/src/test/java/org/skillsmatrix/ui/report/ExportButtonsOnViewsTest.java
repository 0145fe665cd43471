package org.skillsmatrix.ui.report;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** The matrix, gaps and profile views export what they show, named for what and when. */
class ExportButtonsOnViewsTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada), List.of(maya));

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void theTeamMatrixExportsTheTeamsMatrix() {
        var button = open(manager(maya), ViewRoutes.MATRIX);

        assertThat(button.request()).isEqualTo(ReportRequest.Matrix.of(payments.id()));
        assertThat(Downloads.fetch(button.download).fileName()).isEqualTo("skills-matrix_payments_2025-03-03.xlsx");
    }

    @Test
    void theTeamsGapsExportTheTeamsGapReport() {
        var button = open(manager(maya), ViewRoutes.GAPS);

        assertThat(button.request()).isEqualTo(new ReportRequest.TeamGaps(payments.id()));
        assertThat(Downloads.fetch(button.download).fileName()).isEqualTo("gap-report_payments_2025-03-03.pdf");
    }

    @Test
    void theOrganisationsGapsExportTheOrganisationsGapReport() {
        var button = open(hr(hannah), ViewRoutes.ORGANISATION_GAPS);

        assertThat(button.request()).isEqualTo(new ReportRequest.OrganisationGaps());
        assertThat(Downloads.fetch(button.download).fileName()).isEqualTo("gap-report_organisation_2025-03-03.pdf");
    }

    @Test
    void aProfileExportsThatProfile() {
        var own = open(employee(ada), ViewRoutes.PROFILE);
        assertThat(own.request()).isEqualTo(new ReportRequest.Profile(ada.id()));
        assertThat(Downloads.fetch(own.download).fileName()).isEqualTo("skill-profile_ada-lovelace_2025-03-03.pdf");

        world.close();
        var members = open(manager(maya), ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        assertThat(members.request()).isEqualTo(new ReportRequest.Profile(ada.id()));
        assertThat(members.isVisible()).isTrue();
    }

    private ExportButton open(Actor actor, String path) {
        var person = world.org.people.byId(actor.person()).orElseThrow();
        world.signIn(person, actor);
        world.navigate(path);
        var button = _get(ExportButton.class);
        assertThat(button.isVisible()).isTrue();
        return button;
    }
}
