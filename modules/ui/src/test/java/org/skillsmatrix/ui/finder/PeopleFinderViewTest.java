package org.skillsmatrix.ui.finder;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** The people finder for managers and HR, on the in-memory organisation. */
class PeopleFinderViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person cleo = world.org.person("Cleo Clark");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Skill postgres = world.org.skill("PostgreSQL");
    private final Skill kafka = world.org.skill("Kafka");

    {
        world.org.team("Payments", List.of(ada, ben), List.of(maya));
        world.org.team("Data", List.of(cleo), List.of(maya));
        world.org.selfRated(ada, postgres, Level.PROFICIENT, Interest.NEUTRAL);
        world.org.selfRated(ben, postgres, Level.PROFICIENT, Interest.WANTS_TO_GROW);
        world.org.selfRated(cleo, postgres, Level.EXPERT, Interest.RATHER_NOT);
        world.org.selfRated(cleo, kafka, Level.WORKING_KNOWLEDGE, Interest.NEUTRAL);
        world.org.selfRated(ben, kafka, Level.AWARENESS, Interest.NEUTRAL);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void findsPeopleAtALevelOrAboveStrongestFirstThenByInterestWithTheirTeams() {
        open(manager(maya), ViewRoutes.PEOPLE_FINDER);
        var view = _get(PeopleFinderView.class);

        _setValue(view.rows().getFirst().skill, postgres);
        _setValue(view.rows().getFirst().minimum, Level.PROFICIENT);
        _click(view.search);

        assertThat(names(view)).containsExactly("Cleo Clark", "Ben Brown", "Ada Lovelace");
        assertThat(_getFormatted(view.results, 0, PeopleFinderView.TEAMS)).isEqualTo("Data");
        assertThat(view.describe(GridKt._get(view.results, 1), postgres.id()))
                .contains("3 · Proficient", "Wants to grow");
        assertThat(view.count.getText()).isEqualTo("3 people match.");
    }

    @Test
    void combinesSeveralSkills() {
        open(hr(ada), ViewRoutes.PEOPLE_FINDER);
        var view = _get(PeopleFinderView.class);
        _setValue(view.rows().getFirst().skill, postgres);
        _click(view.addCriterion);
        _setValue(view.rows().get(1).skill, kafka);
        _setValue(view.rows().get(1).minimum, Level.WORKING_KNOWLEDGE);

        _click(view.search);

        assertThat(names(view)).containsExactly("Cleo Clark");
        assertThat(view.results.getColumnByKey(kafka.id().toString()).getHeaderText())
                .isEqualTo("Kafka");
    }

    @Test
    void startsFromTheSkillAndLevelInTheAddress() {
        open(manager(maya), ViewRoutes.PEOPLE_FINDER + "?skill=" + postgres.id() + "&level=4");
        var view = _get(PeopleFinderView.class);

        assertThat(view.rows().getFirst().skill.getValue()).isEqualTo(postgres);
        assertThat(view.rows().getFirst().minimum.getValue()).isEqualTo(Level.EXPERT);
        assertThat(names(view)).containsExactly("Cleo Clark");
    }

    @Test
    void asksForASkillOnEveryLineAndEachSkillOnce() {
        open(manager(maya), ViewRoutes.PEOPLE_FINDER);
        var view = _get(PeopleFinderView.class);
        _click(view.addCriterion);
        _setValue(view.rows().getFirst().skill, postgres);

        _click(view.search);
        assertThat(view.rows().get(1).skill.isInvalid()).isTrue();
        assertThat(view.rows().get(1).skill.getErrorMessage()).isEqualTo("Choose a skill, or remove this line.");

        _setValue(view.rows().get(1).skill, postgres);
        _click(view.search);
        assertThat(view.rows().get(1).skill.getErrorMessage()).isEqualTo("You chose this skill already.");
        assertThat(_size(view.results)).isZero();
    }

    @Test
    void saysSoWhenNobodyMatches() {
        open(manager(maya), ViewRoutes.PEOPLE_FINDER + "?skill=" + kafka.id() + "&level=4");

        assertThat(_get(PeopleFinderView.class).count.getText()).startsWith("Nobody matches");
    }

    @Test
    void employeesAndAdminsMayNotSearch() {
        open(employee(ada), ViewRoutes.PEOPLE_FINDER);
        _assertOne(ErrorView.class);
        _assertNone(PeopleFinderView.class);

        world.close();
        open(admin(ben), ViewRoutes.PEOPLE_FINDER);
        _assertOne(ErrorView.class);
    }

    @Test
    void anotherSkillInTheQuerySearchesItAndEachClickAddsOneCriterion() {
        open(manager(maya), ViewRoutes.PEOPLE_FINDER + "?skill=" + postgres.id() + "&level=3");
        var view = _get(PeopleFinderView.class);

        world.navigate(ViewRoutes.PEOPLE_FINDER + "?skill=" + kafka.id() + "&level=2");

        _assertNone(ErrorView.class);
        assertThat(_find(CriterionRow.class)).hasSize(1);
        assertThat(names(view)).containsExactly("Cleo Clark");
        _click(view.addCriterion);
        assertThat(_find(CriterionRow.class)).hasSize(2);
    }

    private void open(Actor actor, String path) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(path);
    }

    private static List<String> names(PeopleFinderView view) {
        return IntStream.range(0, _size(view.results))
                .mapToObj(index -> GridKt._get(view.results, index).name())
                .toList();
    }
}
