package org.skillsmatrix.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

class SetDevelopmentGoalsTest {

    static final LocalDate DUE = LocalDate.of(2025, 9, 1);

    final TestOrganisation org = new TestOrganisation();
    final Skill kafka = org.skill("Kafka");
    final Skill rust = org.skill("Rust");
    final Person ada = org.person("Ada Lovelace");
    final Person ben = org.person("Ben Brown");
    final Person cleo = org.person("Cleo Chen");
    final Person dan = org.person("Dan Diaz");
    final Person maya = org.person("Maya Schmidt");
    final Person hannah = org.person("Hannah Ruiz");
    final Team payments = org.team("Payments", List.of(ada, ben, cleo, dan), List.of(maya));

    SetDevelopmentGoalsTest() {
        org.selfRated(ada, kafka, Level.EXPERT);
        org.selfRated(ada, rust, Level.WORKING_KNOWLEDGE);
        org.selfRated(ben, kafka, Level.AWARENESS, Interest.WANTS_TO_GROW);
    }

    @Test
    void aManagerSetsAGoalWithAMentorAndItIsAuditedAndTheLearnerSeesItsProgressAsTheirRatingsMove() {
        var goal = org.setDevelopmentGoals.set(manager(maya), ben.id(), kafka.id(), Level.PROFICIENT, ada.id(), DUE);

        assertThat(goal.startLevel()).isEqualTo(Level.AWARENESS);
        assertThat(goal.status()).isEqualTo(GoalStatus.OPEN);
        assertThat(goal.setBy()).isEqualTo(maya.id());
        assertThat(org.auditLog.newest(1))
                .extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::detail)
                .containsExactly(
                        tuple("goal.set", ben.id().toString(), "Kafka: level 3 by 2025-09-01, mentor Ada Lovelace"));

        var before = org.setDevelopmentGoals.goalsOf(employee(ben), ben.id()).getFirst();
        assertThat(before.current()).isEqualTo(Level.AWARENESS);
        assertThat(before.stepsToGo()).isEqualTo(2);
        assertThat(before.mentorName()).isEqualTo("Ada Lovelace");
        assertThat(before.skillName()).isEqualTo("Kafka");

        org.managerRated(maya, ben, kafka, Level.PROFICIENT);

        var after = org.setDevelopmentGoals.goalsOf(employee(ben), ben.id()).getFirst();
        assertThat(after.reached()).isTrue();
        assertThat(after.stepsToGo()).isZero();
    }

    @Test
    void theManagerClosesOrCancelsAnOpenGoalAtTheVersionTheyRead() {
        var goal = org.setDevelopmentGoals.set(manager(maya), ben.id(), kafka.id(), Level.PROFICIENT, null, DUE);

        var done = org.setDevelopmentGoals.close(manager(maya), goal.id(), goal.version());

        assertThat(done.status()).isEqualTo(GoalStatus.DONE);
        assertThat(org.auditLog.newest(1).getFirst().action()).isEqualTo("goal.done");
        assertThatThrownBy(() -> org.setDevelopmentGoals.cancel(manager(maya), goal.id(), goal.version()))
                .isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> org.setDevelopmentGoals.cancel(manager(maya), goal.id(), done.version()))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("This goal is closed already");
        var again = org.setDevelopmentGoals.set(manager(maya), ben.id(), kafka.id(), Level.PROFICIENT, null, DUE);
        assertThat(org.setDevelopmentGoals
                        .cancel(manager(maya), again.id(), again.version())
                        .status())
                .isEqualTo(GoalStatus.CANCELLED);
    }

    @Test
    void onlyTheLearnersManagerSetsGoalsAndEveryoneWhoMayReadThePersonSeesThem() {
        assertThatThrownBy(() ->
                        org.setDevelopmentGoals.set(employee(ben), ben.id(), kafka.id(), Level.PROFICIENT, null, DUE))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() ->
                        org.setDevelopmentGoals.set(hr(hannah), ben.id(), kafka.id(), Level.PROFICIENT, null, DUE))
                .isInstanceOf(AccessDenied.class);
        org.setDevelopmentGoals.set(manager(maya), ben.id(), kafka.id(), Level.PROFICIENT, null, DUE);

        assertThat(org.setDevelopmentGoals.goalsOf(hr(hannah), ben.id())).hasSize(1);
        assertThatThrownBy(() -> org.setDevelopmentGoals.goalsOf(employee(cleo), ben.id()))
                .isInstanceOf(AccessDenied.class);
        assertThat(org.developmentGoals.open()).hasSize(1);
    }

    @Test
    void badGoalsAreRefusedWithTheFieldAndNothingIsStored() {
        var set = org.setDevelopmentGoals;
        var actor = manager(maya);

        assertThatThrownBy(() -> set.set(actor, ben.id(), kafka.id(), Level.PROFICIENT, null, LocalDate.of(2025, 3, 2)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("due"));
        assertThatThrownBy(() -> set.set(actor, ben.id(), kafka.id(), Level.AWARENESS, null, DUE))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("target"))
                .hasMessage("Ben Brown is at level 1 in Kafka already");
        assertThatThrownBy(() -> set.set(actor, ben.id(), rust.id(), Level.PROFICIENT, ada.id(), DUE))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("mentor"))
                .hasMessage("Ada Lovelace is at level 2 in Rust; a mentor needs level 3 or above");
        assertThatThrownBy(() -> set.set(actor, ada.id(), kafka.id(), Level.EXPERT, ada.id(), DUE))
                .isInstanceOf(InvalidInput.class);
        assertThat(org.developmentGoals.open()).isEmpty();
        assertThat(org.auditLog.newest(10)).isEmpty();
    }

    @Test
    void aMentorAtTheCapTakesNoFurtherGoalAndALearnerHasOneOpenGoalPerSkill() {
        var set = org.setDevelopmentGoals;
        set.set(manager(maya), ben.id(), kafka.id(), Level.PROFICIENT, ada.id(), DUE);
        set.set(manager(maya), cleo.id(), kafka.id(), Level.PROFICIENT, ada.id(), DUE);

        assertThatThrownBy(() -> set.set(manager(maya), dan.id(), kafka.id(), Level.PROFICIENT, ada.id(), DUE))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Ada Lovelace mentors 2 open goals already, the most one mentor takes on");
        assertThatThrownBy(() -> set.set(manager(maya), ben.id(), kafka.id(), Level.EXPERT, null, DUE))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Ben Brown has an open goal in Kafka already");
        assertThat(org.developmentGoals.open()).hasSize(2);
    }
}
