package org.skillsmatrix.domain.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.gap.CriticalHolding;

/** Knowledge at risk on the {@link HandComputedOrganisation}, ranked by hand. */
class KnowledgeAtRiskTest extends HandComputedOrganisation {

    @Test
    void aTeamsMembersWhoseLeavingBreaksTargetsComeFirstThenThoseWhoAloneHoldASkill() {
        var risk = org.findKnowledgeAtRisk.ofTeam(manager(maya), payments.id());

        // Kafka is met 2 of 2 (Ada, Ben): either leaving breaks it; PostgreSQL has one to spare;
        // Ada alone holds Security in Payments
        assertThat(risk.people()).extracting(PersonAtRisk::name).containsExactly("Ada Lovelace", "Ben Brown");
        var first = risk.people().getFirst();
        assertThat(first.targets()).containsExactly(new CriticalHolding(ada.id(), payments.id(), kafka.id()));
        assertThat(first.soleHeld()).containsExactly(security.id());
        assertThat(risk.people().get(1).soleHeld()).isEmpty();
        assertThat(risk.teams()).containsEntry(payments.id(), "Payments");
    }

    @Test
    void theOrganisationsListRanksEveryoneByTargetsBrokenThenSkillsHeldAlone() {
        var risk = org.findKnowledgeAtRisk.ofOrganisation(hr(hannah));

        assertThat(risk.people()).extracting(PersonAtRisk::name).containsExactly("Ada Lovelace", "Ben Brown", "Eva Ek");
        assertThat(risk.people().get(2).soleHeld()).containsExactly(rust.id());
    }

    @Test
    void theListAgreesWithWhatIfEachOfThemLeft() {
        for (var person :
                org.findKnowledgeAtRisk.ofTeam(hr(hannah), payments.id()).people()) {
            var answer = org.analyseWhatIf.ask(hr(hannah), List.of(new Change.Leaves(person.person())));

            var broken = answer.teams().stream()
                    .filter(outcome -> outcome.team().id().equals(payments.id()))
                    .flatMap(outcome -> outcome.targetsBroken().stream())
                    .map(TeamSkillChange::skill)
                    .toList();
            assertThat(broken)
                    .as(person.name())
                    .containsExactlyInAnyOrderElementsOf(person.targets().stream()
                            .map(CriticalHolding::skill)
                            .toList());
        }
    }

    @Test
    void onlyTheTeamsManagersAndHrSeeATeamsListAndOnlyHrTheOrganisations() {
        assertThatThrownBy(() -> org.findKnowledgeAtRisk.ofTeam(manager(maya), search.id()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> org.findKnowledgeAtRisk.ofOrganisation(manager(maya)))
                .isInstanceOf(AccessDenied.class);
    }
}
