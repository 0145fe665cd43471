package org.skillsmatrix.domain.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.testing.TestOrganisation;

class ExplainConflictTest {

    private final TestOrganisation world = new TestOrganisation();
    private final ExplainConflict explainConflict = new ExplainConflict(world.auditLog, world.people, world.policy);
    private final Person ann = world.person("Ann Smith");
    private final Person mona = world.person("Mona Manager");
    private final Person max = world.person("Max Manager");
    private final Team payments = world.team("Payments", List.of(ann), List.of(mona, max));
    private final Skill java = world.skill("Java");

    @Test
    void namesWhoChangedTheSubjectLastAndWhen() {
        var read = world.setTeamTarget.add(
                manager(mona), new TeamTarget(payments.id(), java.id(), Level.PROFICIENT, 1, 0));
        world.clock.advance(Duration.ofMinutes(5));
        world.setTeamTarget.change(
                manager(max), new TeamTarget(payments.id(), java.id(), Level.EXPERT, 1, read.version()));

        assertThatExceptionOfType(ConcurrentEdit.class)
                .isThrownBy(() -> world.setTeamTarget.change(
                        manager(mona), new TeamTarget(payments.id(), java.id(), Level.AWARENESS, 2, read.version())));
        var change = explainConflict.lastChange(manager(mona), new Action.SetTeamTargets(payments.id()), payments.id());

        assertThat(change).hasValueSatisfying(last -> {
            assertThat(last.who()).isEqualTo("Max Manager");
            assertThat(last.at()).isEqualTo(TestOrganisation.START.plus(Duration.ofMinutes(5)));
            assertThat(last.action()).isEqualTo("target.changed");
            assertThat(last.detail()).contains("Java");
        });
    }

    @Test
    void stillNamesTheLastChangeAfterABusyImportAddedMoreThanFiveHundredOtherEntries() {
        world.setTeamTarget.add(manager(max), new TeamTarget(payments.id(), java.id(), Level.PROFICIENT, 1, 0));
        for (int i = 0; i < 600; i++) {
            world.clock.advance(Duration.ofSeconds(1));
            world.auditor.record(manager(mona), "person.changed", "person-" + i, "imported");
        }

        var change = explainConflict.lastChange(manager(mona), new Action.SetTeamTargets(payments.id()), payments.id());

        assertThat(change).hasValueSatisfying(last -> {
            assertThat(last.who()).isEqualTo("Max Manager");
            assertThat(last.action()).isEqualTo("target.added");
        });
    }

    @Test
    void findsNothingWhereTheTrailSaysNothingAboutTheSubject() {
        assertThat(explainConflict.lastChange(manager(mona), new Action.SetTeamTargets(payments.id()), payments.id()))
                .isEmpty();
    }

    @Test
    void onlyForWhoeverMayMakeTheChange() {
        assertDenied(() ->
                explainConflict.lastChange(employee(ann), new Action.SetTeamTargets(payments.id()), payments.id()));
    }
}
