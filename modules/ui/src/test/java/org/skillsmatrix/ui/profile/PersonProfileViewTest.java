package org.skillsmatrix.ui.profile;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** A person's profile: for the person, their managers and HR; nobody else. */
class PersonProfileViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person max = world.org.person("Max Manager");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Skill postgres = world.org.skill("PostgreSQL");
    private final Skill kafka = world.org.skill("Kafka");
    private final Skill java = world.org.skill("Java");

    {
        world.org.team("Payments", List.of(ada), List.of(maya));
        world.org.team("Search", List.of(ben), List.of(max));
        world.org.measuredBy(
                ada,
                world.org.roleProfile(
                        "Back-end Engineer",
                        Map.of(
                                postgres.id(),
                                Level.PROFICIENT,
                                kafka.id(),
                                Level.WORKING_KNOWLEDGE,
                                java.id(),
                                Level.PROFICIENT)));
        world.org.selfRated(ada, postgres, Level.WORKING_KNOWLEDGE);
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        world.org.managerRated(maya, ada, postgres, Level.PROFICIENT);
        world.org.selfRated(ada, java, Level.EXPERT);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void thePersonSeesTheirLevelsAgainstTheRoleProfileAndTheirHistory() {
        open(employee(ada), ViewRoutes.PROFILE);
        var view = _get(PersonProfileView.class);

        assertThat(view.summary.getText())
                .isEqualTo("Ada Lovelace is measured against the role profile Back-end Engineer:"
                        + " 1 of 3 skills is below what it expects.");
        assertThat(view.radar.markup()).contains("PostgreSQL", "Kafka", "Java", "Role profile expects");
        assertThat(view.radar.getClassNames()).doesNotContain("fits");

        view.showNarrow(true);

        assertThat(view.radar.markup())
                .as("drawn narrow for a phone, its labels shortened to fit")
                .contains("viewBox=\"0 0 480 380\"", "PostgreSQL", "Role profile expects");
        assertThat(view.radar.getClassNames()).contains("fits");
        view.showNarrow(false);
        assertThat(view.radar.markup()).contains("viewBox=\"0 0 760 440\"");
        assertThat(_size(view.expectations)).isEqualTo(3);
        assertThat(_getFormatted(view.expectations, 1, "name")).isEqualTo("Kafka");
        assertThat(_getFormatted(view.expectations, 1, "current"))
                .as("unrated is not level 0")
                .isEqualTo("Not rated");
        assertThat(_getFormatted(view.expectations, 1, "gap")).isEqualTo("2");
        assertThat(view.historySkill.getValue()).as("the newest rated skill").isEqualTo(java);

        _setValue(view.historySkill, postgres);
        assertThat(_size(view.history)).isEqualTo(3);
        assertThat(_getFormatted(view.history, 0, "source")).isEqualTo("Manager’s rating");
        assertThat(view.timeline.markup())
                .contains("PostgreSQL over time", "class=\"self-line\"", "class=\"manager-line\"");
    }

    @Test
    void aStaleLevelCarriesADaggerAndTheLineUnderTheTableSaysWhatItMeansInThePagesLanguage() {
        open(employee(ada), ViewRoutes.PROFILE);
        var fresh = _get(PersonProfileView.class);
        assertThat(_getFormatted(fresh.expectations, 0, "current")).isEqualTo("3");
        _assertNone(Span.class, spec -> spec.withId("profile-stale-legend"));

        world.org.clock.advance(Duration.ofDays(400));
        world.navigate(ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        var view = _get(PersonProfileView.class);

        assertThat(_getFormatted(view.expectations, 0, "name")).isEqualTo("PostgreSQL");
        assertThat(_getFormatted(view.expectations, 0, "current")).isEqualTo("3†");
        assertThat(_getFormatted(view.expectations, 1, "current"))
                .as("nothing rated is not stale")
                .isEqualTo("Not rated");
        assertThat(_getFormatted(view.expectations, 2, "current")).isEqualTo("4†");
        assertThat(_get(Span.class, spec -> spec.withId("profile-stale-legend")).getText())
                .isEqualTo("† stale: the level was last stated more than 12 months ago");

        UI.getCurrent().setLocale(Locale.GERMAN);
        world.navigate(ViewRoutes.PROFILE);
        var german = _get(PersonProfileView.class);
        assertThat(_getFormatted(german.expectations, 0, "current")).isEqualTo("3†");
        assertThat(_getFormatted(german.expectations, 1, "current")).isEqualTo("Nicht bewertet");
        assertThat(_get(Span.class, spec -> spec.withId("profile-stale-legend")).getText())
                .isEqualTo("† veraltet: die Stufe wurde zuletzt vor mehr als 12 Monaten angegeben");
    }

    @Test
    void aCategorysAverageSaysHowManyOfTheRatingsItAveragesAreStale() {
        var operations = world.org.category("Operations");
        var expected = new LinkedHashMap<SkillId, Level>();
        for (var skill : List.of(postgres, kafka, java)) {
            expected.put(skill.id(), Level.PROFICIENT);
        }
        for (int number = 1; expected.size() <= PersonProfileView.MAX_SPOKES; number++) {
            expected.put(world.org.skill(operations, "Runbook " + number).id(), Level.PROFICIENT);
        }
        world.org.measuredBy(ben, world.org.roleProfile("Site Reliability Engineer", expected));
        world.org.selfRated(ben, postgres, Level.WORKING_KNOWLEDGE);
        world.org.clock.advance(Duration.ofDays(400));
        world.org.selfRated(ben, java, Level.EXPERT);

        open(hr(hannah), ViewRoutes.of(ViewRoutes.PROFILE, ben.id()));
        var view = _get(PersonProfileView.class);

        assertThat(_size(view.expectations)).as("a line per category").isEqualTo(2);
        assertThat(_getFormatted(view.expectations, 0, "name")).isEqualTo("Back-end");
        assertThat(_getFormatted(view.expectations, 0, "current"))
                .as("the average of 2 and 4, of which the 2 was stated 400 days ago")
                .isEqualTo("3 (1 stale)");
        assertThat(_getFormatted(view.expectations, 1, "current"))
                .as("nothing rated in the category")
                .isEqualTo("Not rated");
        assertThat(_get(Span.class, spec -> spec.withId("profile-stale-legend")).isVisible())
                .isTrue();
    }

    @Test
    void aLongHistoryScrollsInItsOwnBoxInsteadOfPuttingEveryRatingInThePage() {
        for (int rating = 0; rating < PersonProfileView.HISTORY_SHOWN_WHOLE; rating++) {
            world.org.selfRated(ada, kafka, Level.WORKING_KNOWLEDGE);
        }
        open(employee(ada), ViewRoutes.PROFILE);
        var view = _get(PersonProfileView.class);
        _setValue(view.historySkill, postgres);
        assertThat(view.history.isAllRowsVisible())
                .as("three ratings, shown whole")
                .isTrue();

        _setValue(view.historySkill, kafka);
        assertThat(_size(view.history)).isEqualTo(PersonProfileView.HISTORY_SHOWN_WHOLE);
        assertThat(view.history.isAllRowsVisible()).isTrue();

        world.org.selfRated(ada, kafka, Level.PROFICIENT);
        world.close();
        open(employee(ada), ViewRoutes.PROFILE);
        view = _get(PersonProfileView.class);
        _setValue(view.historySkill, kafka);
        assertThat(_size(view.history)).isEqualTo(PersonProfileView.HISTORY_SHOWN_WHOLE + 1);
        assertThat(view.history.isAllRowsVisible()).isFalse();
        assertThat(view.history.getHeight()).isEqualTo("24rem");
    }

    @Test
    void theirManagerAndHrSeeItToo() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        assertThat(_get(PersonProfileView.class).getPageTitle()).isEqualTo("Profile · Ada Lovelace");

        world.close();
        open(hr(hannah), ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        _assertOne(PersonProfileView.class);
    }

    @Test
    void onlyHrIsOfferedTheExportOfThePersonsData() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        _assertNone(Anchor.class, spec -> spec.withId("personal-data-download"));

        world.close();
        open(hr(hannah), ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        var download = _get(Anchor.class, spec -> spec.withId("personal-data-download"));
        assertThat(download.getText()).isEqualTo("Export personal data (JSON)");
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    void saysSoWithoutARoleProfileOrRatings() {
        open(employee(ben), ViewRoutes.PROFILE);
        var view = _get(PersonProfileView.class);

        assertThat(view.summary.getText()).startsWith("Ben Brown has no role profile yet");
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-no-history"))
                        .getText())
                .isEqualTo("No ratings yet.");
    }

    @Test
    void anotherEmployeeOrAnotherTeamsManagerMayNotSeeIt() {
        open(employee(ben), ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        _assertOne(ErrorView.class);
        _assertNone(PersonProfileView.class);

        world.close();
        open(manager(max), ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        _assertOne(ErrorView.class);
    }

    @Test
    void aBrokenAddressIsABadRequest() {
        open(hr(hannah), ViewRoutes.of(ViewRoutes.PROFILE, "not-a-person"));

        _assertOne(ErrorView.class);
    }

    @Test
    void openingAnotherPersonShowsTheirsOnceAndBackShowsTheFirstAgain() {
        world.org.selfRated(ben, kafka, Level.AWARENESS);
        open(hr(hannah), ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        var view = _get(PersonProfileView.class);

        world.navigate(ViewRoutes.of(ViewRoutes.PROFILE, ben.id()));

        _assertNone(ErrorView.class);
        assertThat(view.getPageTitle()).contains("Ben Brown");
        assertThat(view.history.getColumns()).hasSize(3);
        assertThat(view.historySkill.getValue()).isEqualTo(kafka);
        assertThat(_size(view.history)).isEqualTo(1);

        world.navigate(ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        assertThat(view.getPageTitle()).contains("Ada Lovelace");
        assertThat(view.expectations.getColumns()).hasSize(4);
        assertThat(view.history.getColumns()).hasSize(3);
        assertThat(view.historySkill.getValue()).isNotNull();
    }

    private void open(Actor actor, String path) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(path);
    }
}
