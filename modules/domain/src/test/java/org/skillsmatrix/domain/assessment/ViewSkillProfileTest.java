package org.skillsmatrix.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

class ViewSkillProfileTest {

    private final TestOrganisation world = new TestOrganisation();
    private final ViewSkillProfile viewSkillProfile = world.viewSkillProfile;
    private final Person ann = world.person("Ann Smith");
    private final Person ben = world.person("Ben Brown");
    private final Person gone = world.inactivePerson("Gina Gone");
    private final Person bob = world.person("Bob Other");
    private final Person mona = world.person("Mona Manager");
    private final Person max = world.person("Max Manager");
    private final Team payments = world.team("Payments", List.of(ben, ann, gone), List.of(mona));
    private final Team search = world.team("Search", List.of(bob), List.of(max));
    private final Skill java = world.skill("Java");
    private final Skill sql = world.skill("SQL");

    @Test
    void anEmployeeSeesTheirCurrentRatingsAndWholeHistoryNewestFirst() {
        var firstJava = world.selfRated(ann, java, Level.AWARENESS);
        var sqlRating = world.selfRated(ann, sql, Level.PROFICIENT);
        var secondJava = world.selfRated(ann, java, Level.WORKING_KNOWLEDGE);
        var validated = world.managerRated(mona, ann, java, Level.PROFICIENT);

        var profile = viewSkillProfile.of(employee(ann), ann.id());

        assertThat(profile.person()).isEqualTo(ann);
        assertThat(profile.history()).containsExactly(validated, secondJava, sqlRating, firstJava);
        assertThat(profile.historyOf(java.id())).containsExactly(validated, secondJava, firstJava);
        assertThat(profile.currentBySkill()).containsOnlyKeys(java.id(), sql.id());
        assertThat(profile.currentBySkill().get(java.id()).level()).contains(Level.PROFICIENT);
        assertThat(profile.currentBySkill().get(java.id()).selfLevel()).contains(Level.WORKING_KNOWLEDGE);
    }

    @Test
    void anEmployeeCannotSeeAColleaguesProfile() {
        assertDenied(() -> viewSkillProfile.of(employee(ann), ben.id()));
    }

    @Test
    void aManagerSeesTheirTeamsMembersOnly() {
        assertThat(viewSkillProfile.of(manager(mona), ann.id()).person()).isEqualTo(ann);
        assertDenied(() -> viewSkillProfile.of(manager(mona), bob.id()));
    }

    @Test
    void hrSeesAnyone() {
        var hr = hr(world.person("Hilda HR"));

        assertThat(viewSkillProfile.of(hr, bob.id()).person()).isEqualTo(bob);
        assertThat(viewSkillProfile.of(hr, ann.id()).person()).isEqualTo(ann);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        var nobody = PersonId.random();

        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> viewSkillProfile.of(hr(world.person("Hilda HR")), nobody))
                .withMessage("Person " + nobody + " does not exist");
    }

    @Test
    void theTeamMatrixShowsActiveMembersByNameWithTheirCurrentRatings() {
        world.selfRated(ann, java, Level.EXPERT);
        world.selfRated(ben, sql, Level.AWARENESS);
        world.selfRated(gone, java, Level.EXPERT);
        world.selfRated(bob, java, Level.EXPERT);

        var matrix = viewSkillProfile.ofTeam(manager(mona), payments.id());

        assertThat(matrix.team()).isEqualTo(payments.id());
        assertThat(matrix.members()).containsExactly(ann, ben);
        assertThat(matrix.index())
                .containsOnlyKeys(new TeamMatrix.Cell(ann.id(), java.id()), new TeamMatrix.Cell(ben.id(), sql.id()));
        assertThat(matrix.index().get(new TeamMatrix.Cell(ann.id(), java.id())).level())
                .contains(Level.EXPERT);
    }

    @Test
    void anEmptyTeamHasAnEmptyMatrix() {
        var empty = world.team("Empty", List.of(), List.of(mona));

        var matrix = viewSkillProfile.ofTeam(manager(mona), empty.id());

        assertThat(matrix.members()).isEmpty();
        assertThat(matrix.ratings()).isEmpty();
    }

    @Test
    void onlyTheTeamsManagersAndHrSeeItsMatrix() {
        assertThat(viewSkillProfile
                        .ofTeam(hr(world.person("Hilda HR")), payments.id())
                        .members())
                .hasSize(2);
        assertDenied(() -> viewSkillProfile.ofTeam(manager(max), payments.id()));
        assertDenied(() -> viewSkillProfile.ofTeam(employee(ann), payments.id()));
        assertDenied(() -> viewSkillProfile.ofTeam(manager(mona), search.id()));
        assertDenied(() -> viewSkillProfile.ofTeam(manager(mona), TeamId.random()));
    }
}
