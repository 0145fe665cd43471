package org.skillsmatrix.ui.audit;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditKind;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.profile.PersonProfileView;
import org.skillsmatrix.ui.report.Downloads;
import org.skillsmatrix.ui.testing.UiWorld;

/**
 * The audit trail as HR and admins read it, and what was recorded about a person on their profile. Hannah (HR)
 * renames Ada on the first day; Ada rates herself in Kafka on the second; Hannah adds the team Research on the third.
 * Maya manages Payments (Ada, Ben).
 */
class AuditTrailViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person hannah = world.org.person("Hannah Hofmann");
    private final Person adam = world.org.person("Adam Novak");
    private final Skill kafka = world.org.skill("Kafka");
    private final Team payments = world.org.team("Payments", List.of(ada, ben), List.of(maya));

    AuditTrailViewTest() {
        world.org.maintainPeople.change(hr(hannah), ada.with("Ada King", ada.email(), null));
        world.org.clock.advance(Duration.ofDays(1));
        world.org.rateOwnSkill.rate(employee(ada), kafka.id(), Level.PROFICIENT, Interest.WANTS_TO_GROW, null);
        world.org.clock.advance(Duration.ofDays(1));
        world.org.maintainTeams.add(hr(hannah), "Research");
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void hrReadsWhoChangedWhatNewestFirstWithWhomEachChangeIsAbout() {
        var view = open(hr(hannah), ViewRoutes.AUDIT);

        assertThat(rows(view, "action")).containsExactly("team.added", "skill.self-rated", "person.changed");
        assertThat(rows(view, "actor")).containsExactly("Hannah Hofmann", "Ada King", "Hannah Hofmann");
        assertThat(rows(view, "about")).containsExactly("", "Ada King", "Ada King");
        assertThat(rows(view, "kind")).containsExactly("Teams", "Ratings", "People");
        assertThat(rows(view, "detail").get(1)).isEqualTo("Kafka = 3, WANTS_TO_GROW");
    }

    @Test
    void filtersByPersonAndKindAreKeptInTheAddressSoThatReloadAndBackOpenTheSameTrail() {
        var view = open(hr(hannah), ViewRoutes.AUDIT + "?person=" + ada.id());
        assertThat(view.person.getValue().id()).isEqualTo(ada.id());
        assertThat(rows(view, "action")).containsExactly("skill.self-rated", "person.changed");

        _setValue(view.kind, AuditKind.RATINGS);

        assertThat(rows(view, "action")).containsExactly("skill.self-rated");
        assertThat(view.address()).isEqualTo("audit?person=" + ada.id() + "&kind=ratings");

        var reloaded = open(hr(hannah), view.address());
        assertThat(reloaded.kind.getValue()).isEqualTo(AuditKind.RATINGS);
        assertThat(reloaded.person.getValue().name()).isEqualTo("Ada King");
        assertThat(rows(reloaded, "action")).containsExactly("skill.self-rated");
    }

    @Test
    void onAPhoneTheFiltersFoldBehindASummaryThatCountsThoseChosen() {
        var view = open(hr(hannah), ViewRoutes.AUDIT + "?person=" + ada.id());
        assertThat(view.filterPanel.isOpened()).isTrue();
        assertThat(view.filterPanel.getSummaryText()).isEqualTo("Filters (1 chosen)");

        view.showNarrow(true);
        _setValue(view.kind, AuditKind.RATINGS);

        assertThat(view.filterPanel.isOpened()).isFalse();
        assertThat(view.filterPanel.getSummaryText()).isEqualTo("Filters (2 chosen)");
        _setValue(view.person, null);
        _setValue(view.kind, null);
        assertThat(view.filterPanel.getSummaryText()).isEqualTo("Filters");
        view.showNarrow(false);
        assertThat(view.filterPanel.isOpened()).isTrue();
    }

    @Test
    void filtersByTeamAndByARangeOfDays() {
        var view = open(admin(adam), ViewRoutes.AUDIT);
        var research = world.org.teams.all().stream()
                .filter(team -> team.name().equals("Research"))
                .findFirst()
                .orElseThrow();

        _setValue(view.team, research);
        assertThat(rows(view, "action")).containsExactly("team.added");

        _setValue(view.team, null);
        _setValue(view.from, LocalDate.of(2025, 3, 4));
        _setValue(view.to, LocalDate.of(2025, 3, 4));
        assertThat(rows(view, "action")).containsExactly("skill.self-rated");
        assertThat(view.address()).isEqualTo("audit?from=2025-03-04&to=2025-03-04");

        _setValue(view.from, LocalDate.of(2025, 3, 5));
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).isEqualTo("The end of the time range must not be before its start.");
        assertThat(view.export.isEnabled()).isFalse();
    }

    @Test
    void theExportIsTheFilteredTrailAsAFileNamedForTheDay() {
        var view = open(hr(hannah), ViewRoutes.AUDIT + "?person=" + ada.id());

        var file = Downloads.fetch(view.export);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.fileName()).isEqualTo("skills-matrix_audit-trail_2025-03-05.csv");
        assertThat(new String(file.body(), StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "skill.self-rated,Ada King,Kafka = 3, WANTS_TO_GROW",
                        "person.changed,Ada King,Ada King <" + ada.email() + ">");
    }

    @Test
    void onAPhoneEachEntryIsOneCard() {
        var view = open(hr(hannah), ViewRoutes.AUDIT + "?person=" + ada.id());

        view.grid.showNarrow(true);

        assertThat(view.grid.getColumns().stream().filter(column -> column.isVisible()))
                .extracting(column -> column.getKey())
                .containsExactly(AuditGrid.CARD);
        assertThat(GridKt._getCellComponent(view.grid, 0, AuditGrid.CARD)
                        .getElement()
                        .getTextRecursively())
                .endsWith(" · Ada King" + "Ratings · skill.self-rated · Ada King" + "Kafka = 3, WANTS_TO_GROW");
        view.grid.showNarrow(false);
        assertThat(view.grid.getColumns().stream().filter(column -> column.isVisible()))
                .extracting(column -> column.getKey())
                .containsExactly("at", "actor", "about", "kind", "action", "detail");
    }

    @Test
    void onlyHrAndAdminsOpenTheTrail() {
        world.signIn(maya, manager(maya));
        world.navigate(ViewRoutes.AUDIT);
        _assertOne(ErrorView.class);
        _assertNone(AuditTrailView.class);

        world.close();
        world.signIn(ada, employee(ada));
        world.navigate(ViewRoutes.AUDIT);
        _assertOne(ErrorView.class);
    }

    @Test
    void aPersonAndTheirManagerReadWhatWasRecordedAboutThemOnTheProfile() {
        for (var reader : List.of(employee(ada), manager(maya))) {
            world.signIn(reader.person().equals(ada.id()) ? ada : maya, reader);
            world.navigate(ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
            _assertOne(PersonProfileView.class);

            var section = _get(RecordedAboutSection.class);
            assertThat(rows(section.grid, "action")).containsExactly("skill.self-rated", "person.changed");
            assertThat(rows(section.grid, "actor")).containsExactly("Ada King", "Hannah Hofmann");
            world.close();
        }
    }

    @Test
    void aManagerReadsNothingRecordedAboutThemselvesOnAMembersProfileAndNoSectionShowsWithoutTheRight() {
        world.signIn(maya, manager(maya));
        world.navigate(ViewRoutes.of(ViewRoutes.PROFILE, ben.id()));
        _assertOne(PersonProfileView.class);
        assertThat(_size(_get(RecordedAboutSection.class).grid)).isZero();
        assertThat(world.readAuditTrail.mayReadAbout(employee(ben), ada.id())).isFalse();
        assertThat(world.readAuditTrail.mayReadAbout(
                        manager(maya), payments.members().iterator().next()))
                .isTrue();
    }

    private AuditTrailView open(Actor actor, String path) {
        world.close();
        var person = world.org.people.byId(actor.person()).orElseThrow();
        world.signIn(person, actor);
        world.navigate(path);
        return _get(AuditTrailView.class);
    }

    private static List<String> rows(AuditTrailView view, String column) {
        return rows(view.grid, column);
    }

    private static List<String> rows(AuditGrid grid, String column) {
        var texts = new ArrayList<String>();
        for (int row = 0; row < _size(grid); row++) {
            texts.add(_getFormatted(grid, row, column));
        }
        return texts;
    }
}
