package org.skillsmatrix.domain.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.testing.TestOrganisation;

/** What if people leave or move, on the {@link HandComputedOrganisation}. */
class AnalyseWhatIfTest extends HandComputedOrganisation {

    @Test
    void whenAdaLeavesPaymentsKafkaTargetBreaksButItsPostgresTargetHoldsOnOnePerson() {
        var answer = org.analyseWhatIf.ask(manager(maya), List.of(new Change.Leaves(ada.id())));

        var team = single(answer.teams());
        assertThat(team.team().id()).isEqualTo(payments.id());
        // today: Security rests on Ada alone, nobody holds Rust; after: Kafka and PostgreSQL rest on one person each
        assertThat(team.before()).isEqualTo(new Figures(2, 2, 0, 1, 1));
        assertThat(team.after()).isEqualTo(new Figures(2, 1, 1, 2, 2));
        assertThat(team.targetsBroken()).extracting(TeamSkillChange::skill).containsExactly(kafka.id());
        var kafkaAfter = change(team, kafka).after();
        assertThat(kafkaAfter.holders()).isEqualTo(1);
        assertThat(kafkaAfter.shortfall()).isEqualTo(1);
        var postgresChange = change(team, postgres);
        assertThat(postgresChange.targetBroken()).as("one to spare today").isFalse();
        assertThat(postgresChange.after().targetMet()).isTrue();
        assertThat(postgresChange.becomesSinglePoint()).isTrue();
        assertThat(postgresChange.after().soleHolder()).isEqualTo(cleo.id());
        assertThat(change(team, security).becomesHeldByNobody()).isTrue();
        assertThat(answer.names()).containsEntry(ada.id(), "Ada Lovelace").containsEntry(cleo.id(), "Cleo Chen");
        assertThat(answer.organisation()).as("organisation figures are HR's").isNull();
        assertThat(answer.teamsNotShown()).isZero();
    }

    @Test
    void whenEvaLeavesSearchsTargetOfTwoCkaHoldersBreaksAndATargetDanMeetsAloneHolds() {
        var cka = org.certification("Certified Kubernetes Administrator (CKA)");
        var securityPlus = org.certification("CompTIA Security+");
        var today = LocalDate.now(org.clock);
        org.certificationTargets.add(new CertificationTarget(search.id(), cka.id(), 2, 0));
        org.certificationTargets.add(new CertificationTarget(search.id(), securityPlus.id(), 1, 0));
        org.certificate(dan, cka, today.minusYears(1), today.plusYears(2));
        org.certificate(eva, cka, today.minusYears(1), today.plusDays(10));
        org.certificate(dan, securityPlus, today.minusYears(1), today.plusYears(2));

        var answer = org.analyseWhatIf.ask(manager(sam), List.of(new Change.Leaves(eva.id())));

        var team = single(answer.teams());
        // today Dan and Eva hold the CKA (Eva's expiring, still valid): 2 of 2; after, Dan alone: 1 of 2
        assertThat(team.certifications()).singleElement().satisfies(change -> {
            assertThat(change.certification()).isEqualTo(cka);
            assertThat(change.targetBroken()).isTrue();
            assertThat(change.before().holders()).isEqualTo(2);
            assertThat(change.after().holders()).isEqualTo(1);
            assertThat(change.after().shortfall()).isEqualTo(1);
        });
        assertThat(team.certificationTargetsBroken()).hasSize(1);
    }

    @Test
    void aMoveMeetsTheCertificationTargetOfTheTeamMovedToAndBreaksTheOneLeft() {
        var cka = org.certification("Certified Kubernetes Administrator (CKA)");
        var today = LocalDate.now(org.clock);
        org.certificationTargets.add(new CertificationTarget(search.id(), cka.id(), 1, 0));
        org.certificationTargets.add(new CertificationTarget(payments.id(), cka.id(), 1, 0));
        org.certificate(eva, cka, today.minusYears(1), today.plusYears(2));
        // Ada's expired yesterday: Payments misses its target today
        org.certificate(ada, cka, today.minusYears(3), today.minusDays(1));

        var answer = org.analyseWhatIf.ask(hr(hannah), List.of(new Change.MovesTo(eva.id(), payments.id())));

        assertThat(answer.teams())
                .extracting(outcome -> outcome.team().id())
                .containsExactly(search.id(), payments.id());
        assertThat(answer.teams().get(0).certificationTargetsBroken())
                .extracting(TeamCertificationChange::certification)
                .containsExactly(cka);
        assertThat(answer.teams().get(1).certifications()).singleElement().satisfies(change -> {
            assertThat(change.targetFixed()).isTrue();
            assertThat(change.before().lapsed()).isEqualTo(1);
            assertThat(change.after().holders()).isEqualTo(1);
        });
    }

    @Test
    void theOrganisationLosesAHolderWhenSomeoneLeavesAndNamesWhoWouldHoldTheSkillAlone() {
        var answer = org.analyseWhatIf.ask(hr(hannah), List.of(new Change.Leaves(ada.id())));

        var organisation = answer.organisation();
        assertThat(organisation).isNotNull();
        // targets: Payments × 2 and Search × 1; Search misses Kafka today, Payments would too
        assertThat(organisation.before()).isEqualTo(new Figures(3, 2, 1, 2, 0));
        assertThat(organisation.after()).isEqualTo(new Figures(3, 1, 2, 3, 1));
        var kafkaChange = organisation.skills().stream()
                .filter(skill -> skill.skill().equals(kafka.id()))
                .findFirst()
                .orElseThrow();
        assertThat(kafkaChange.targetsBroken()).isEqualTo(1);
        assertThat(kafkaChange.becomesSinglePoint()).isTrue();
        assertThat(kafkaChange.after().soleHolder()).isEqualTo(ben.id());
        assertThat(answer.names()).containsEntry(ben.id(), "Ben Brown");
        assertThat(organisation.skills())
                .filteredOn(OrganisationSkillChange::becomesHeldByNobody)
                .extracting(OrganisationSkillChange::skill)
                .containsExactly(security.id());
    }

    @Test
    void aMoveFixesOneTeamAndBreaksAnother() {
        var answer = org.analyseWhatIf.ask(hr(hannah), List.of(new Change.MovesTo(ben.id(), search.id())));

        assertThat(answer.teams())
                .extracting(outcome -> outcome.team().id())
                .containsExactly(payments.id(), search.id());
        var paymentsOutcome = answer.teams().get(0);
        var searchOutcome = answer.teams().get(1);
        assertThat(paymentsOutcome.targetsBroken())
                .extracting(TeamSkillChange::skill)
                .containsExactly(kafka.id());
        assertThat(change(searchOutcome, kafka).targetFixed()).isTrue();
        assertThat(searchOutcome.before().targetsMet()).isZero();
        assertThat(searchOutcome.after().targetsMet()).isEqualTo(1);
        var organisation = answer.organisation();
        assertThat(organisation).isNotNull();
        assertThat(organisation.after().targetsMet())
                .as("one team's target met, another's missed")
                .isEqualTo(organisation.before().targetsMet());
        assertThat(organisation.after().shortfall())
                .isEqualTo(organisation.before().shortfall());
        assertThat(organisation.skills()).as("nobody leaves the organisation").isEmpty();
    }

    @Test
    void aSkillOnlyOnePersonHoldsIsHeldByNobodyWhenTheyLeave() {
        var answer = org.analyseWhatIf.ask(hr(hannah), List.of(new Change.Leaves(eva.id())));

        var searchOutcome = single(answer.teams());
        assertThat(change(searchOutcome, rust).becomesHeldByNobody()).isTrue();
        assertThat(searchOutcome.targetsBroken()).isEmpty();
        var organisation = answer.organisation();
        assertThat(organisation).isNotNull();
        assertThat(organisation.skills()).singleElement().satisfies(skill -> {
            assertThat(skill.skill()).isEqualTo(rust.id());
            assertThat(skill.becomesHeldByNobody()).isTrue();
            assertThat(skill.after().holders()).isZero();
        });
    }

    @Test
    void severalPeopleAtOnce() {
        var answer =
                org.analyseWhatIf.ask(manager(maya), List.of(new Change.Leaves(ada.id()), new Change.Leaves(ben.id())));

        var team = single(answer.teams());
        var kafkaChange = change(team, kafka);
        assertThat(kafkaChange.after().holders()).isZero();
        assertThat(kafkaChange.after().shortfall()).isEqualTo(2);
        assertThat(kafkaChange.becomesHeldByNobody()).isTrue();
    }

    @Test
    void aManagerSeesOnlyTheTeamsTheyManageAndIsToldHowManyMoreAreTouched() {
        var platform = org.team("Platform", List.of(ada), List.of(sam));

        var answer = org.analyseWhatIf.ask(manager(maya), List.of(new Change.Leaves(ada.id())));

        assertThat(answer.teams()).extracting(outcome -> outcome.team().id()).containsExactly(payments.id());
        assertThat(answer.teamsNotShown()).isEqualTo(1);
        assertThat(platform.members()).contains(ada.id());
    }

    @Test
    void aManagerMayAskOnlyAboutTheirMembersAndMoveThemOnlyToTeamsTheyManage() {
        assertThatThrownBy(() -> org.analyseWhatIf.ask(manager(maya), List.of(new Change.Leaves(dan.id()))))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(
                        () -> org.analyseWhatIf.ask(manager(maya), List.of(new Change.MovesTo(ada.id(), search.id()))))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() ->
                        org.analyseWhatIf.ask(TestOrganisation.employee(ada), List.of(new Change.Leaves(ada.id()))))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void badQuestionsAreRefusedWithTheirReason() {
        var gone = org.inactivePerson("Gus Gone");

        assertThatThrownBy(() -> org.analyseWhatIf.ask(hr(hannah), List.of()))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Name at least one person who leaves or moves");
        assertThatThrownBy(() -> org.analyseWhatIf.ask(
                        hr(hannah), List.of(new Change.Leaves(ada.id()), new Change.MovesTo(ada.id(), search.id()))))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Name each person once");
        assertThatThrownBy(() -> org.analyseWhatIf.ask(hr(hannah), List.of(new Change.Leaves(PersonId.random()))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(
                        () -> org.analyseWhatIf.ask(hr(hannah), List.of(new Change.MovesTo(ada.id(), TeamId.random()))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> org.analyseWhatIf.ask(hr(hannah), List.of(new Change.Leaves(gone.id()))))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Gus Gone has left already");
        assertThatThrownBy(
                        () -> org.analyseWhatIf.ask(hr(hannah), List.of(new Change.MovesTo(ada.id(), payments.id()))))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Ada Lovelace is in that team already, and in no other");
    }

    @Test
    void askingChangesNothing() {
        long ratings = org.assessments.count();

        org.analyseWhatIf.ask(hr(hannah), List.of(new Change.MovesTo(ben.id(), search.id())));

        assertThat(org.teams.byId(payments.id()).orElseThrow().members()).contains(ben.id());
        assertThat(org.teams.byId(search.id()).orElseThrow().members()).doesNotContain(ben.id());
        assertThat(org.assessments.count()).isEqualTo(ratings);
        assertThat(org.auditLog.entries()).isEmpty();
    }

    private static TeamOutcome single(List<TeamOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        return outcomes.getFirst();
    }

    private static TeamSkillChange change(TeamOutcome outcome, Skill skill) {
        return outcome.skills().stream()
                .filter(change -> change.skill().equals(skill.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change to " + skill.name()));
    }
}
