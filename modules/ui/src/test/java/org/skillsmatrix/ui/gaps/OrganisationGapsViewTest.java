package org.skillsmatrix.ui.gaps;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** The organisation's gaps: for HR, riskiest first; nobody else opens them. */
class OrganisationGapsViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada), List.of(maya));
    private final Team search = world.org.team("Search", List.of(ben), List.of(maya));
    private final Category security = world.org.category("Security");
    private final Skill owasp = world.org.skill(security, "OWASP Top 10");
    private final Skill crypto = world.org.skill(security, "Cryptography");

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void hrSeesTheRiskiestSkillsFirstWithTheSoleHoldersNamed() {
        world.org.target(payments, crypto, Level.PROFICIENT, 2);
        world.org.target(search, crypto, Level.PROFICIENT, 1);
        world.org.selfRated(ada, owasp, Level.EXPERT);
        open(hr(hannah));
        var view = _get(OrganisationGapsView.class);

        assertThat(view.rows()).extracting(row -> row.skill().name()).containsExactly("Cryptography", "OWASP Top 10");
        assertThat(_getFormatted(view.grid, 0, "shortfall")).isEqualTo("3");
        assertThat(_getFormatted(view.grid, 0, "teams-short")).isEqualTo("2 of 2");
        assertThat(_getFormatted(view.grid, 1, "sole-holder")).isEqualTo("Ada Lovelace");
        assertThat(view.rollup.markup()).contains("Security", "0 of 2 targets met · 1 single point of failure");
    }

    @Test
    void theTrendShowsEveryTeamsTargetsMetAndTheSinglePointsQuarterByQuarterAsAChartAndATable() {
        world.org.target(payments, crypto, Level.PROFICIENT, 1);
        world.org.target(search, crypto, Level.PROFICIENT, 1);
        world.org.selfRated(ada, crypto, Level.EXPERT);
        world.org.selfRated(ada, owasp, Level.EXPERT);
        open(hr(hannah));
        var trend = _get(OrganisationGapsView.class).trend;

        assertThat(_size(trend.table)).isEqualTo(9);
        assertThat(_getFormatted(trend.table, 0, "quarter")).isEqualTo("Now");
        assertThat(_getFormatted(trend.table, 0, "targets-met")).isEqualTo("1 of 2");
        assertThat(_getFormatted(trend.table, 0, "single-points")).isEqualTo("2");
        assertThat(_getFormatted(trend.table, 0, "category-" + security.id())).isEqualTo("1 of 2");
        assertThat(_getFormatted(trend.table, 1, "targets-met")).isEqualTo("0 of 2");
        assertThat(trend.chart.markup())
                .contains("Trend of the organisation", "Now: 1 of 2 targets met, 2 single points of failure");
    }

    @Test
    void underThePrivacyThresholdAFewHoldersAreFewerThanItSaysSoAndTheSoleHolderIsStillNamedToHr() {
        world.org.selfRated(ada, owasp, Level.EXPERT);
        world.org.selfRated(ben, crypto, Level.PROFICIENT);
        world.org.selfRated(maya, crypto, Level.PROFICIENT);
        world.showOrganisationUnder(new PrivacyThreshold(2));
        open(hr(hannah));
        var view = _get(OrganisationGapsView.class);

        assertThat(holders(view, "OWASP Top 10")).isEqualTo("fewer than 2");
        assertThat(_getFormatted(view.grid, row(view, "OWASP Top 10"), "sole-holder"))
                .isEqualTo("Ada Lovelace");
        assertThat(holders(view, "Cryptography")).isEqualTo("2");
        assertThat(_get(Paragraph.class, spec -> spec.withId("privacy-note")).getText())
                .contains("fewer than 2 people is not shown");
    }

    @Test
    void withoutAThresholdNothingIsSaidOfIt() {
        world.org.selfRated(ada, owasp, Level.EXPERT);
        open(hr(hannah));

        _assertNone(Paragraph.class, spec -> spec.withId("privacy-note"));
        assertThat(holders(_get(OrganisationGapsView.class), "OWASP Top 10")).isEqualTo("1");
    }

    private static int row(OrganisationGapsView view, String skill) {
        for (int i = 0; i < _size(view.grid); i++) {
            if (_getFormatted(view.grid, i, "skill").equals(skill)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + skill);
    }

    private static String holders(OrganisationGapsView view, String skill) {
        return _getFormatted(view.grid, row(view, skill), "holders");
    }

    @Test
    void managersAndAdminsMayNotOpenIt() {
        open(manager(maya));
        _assertOne(ErrorView.class);
        _assertNone(OrganisationGapsView.class);

        world.close();
        open(admin(ben));
        _assertOne(ErrorView.class);
    }

    @Test
    void openedAgainItShowsEachColumnOnce() {
        open(hr(hannah));
        var view = _get(OrganisationGapsView.class);
        int columns = view.grid.getColumns().size();

        world.navigate(ViewRoutes.ORGANISATION_GAPS + "?again");

        _assertNone(ErrorView.class);
        assertThat(view.grid.getColumns()).hasSize(columns);
    }

    private void open(Actor actor) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(ViewRoutes.ORGANISATION_GAPS);
    }
}
