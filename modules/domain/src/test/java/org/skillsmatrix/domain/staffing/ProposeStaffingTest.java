package org.skillsmatrix.domain.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.staffing.Staffing.Alternative;
import org.skillsmatrix.domain.staffing.Staffing.Covered;
import org.skillsmatrix.domain.staffing.Staffing.NeedCover;
import org.skillsmatrix.domain.staffing.Staffing.Proposed;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

/**
 * Staffing on a small organisation computed by hand. Payments: Ada (PostgreSQL 4, Security 3), Ben (PostgreSQL 3,
 * Kafka 3); Search: Cleo (PostgreSQL 3), Dan (Security 2), Eva (Kafka 4); Olga has left (PostgreSQL 4). Maya
 * manages Payments; Hannah is HR.
 */
class ProposeStaffingTest {

    private final TestOrganisation org = new TestOrganisation();
    private final Person ada = org.person("Ada Lovelace");
    private final Person ben = org.person("Ben Brown");
    private final Person cleo = org.person("Cleo Chen");
    private final Person dan = org.person("Dan Diaz");
    private final Person eva = org.person("Eva Ek");
    private final Person olga = org.inactivePerson("Olga Old");
    private final Person maya = org.person("Maya Schmidt");
    private final Person hannah = org.person("Hannah Ruiz");
    private final Team payments = org.team("Payments", List.of(ada, ben), List.of(maya));
    private final Team search = org.team("Search", List.of(cleo, dan, eva, olga), List.of(hannah));
    private final Skill postgres = org.skill("PostgreSQL");
    private final Skill security = org.skill("Security");
    private final Skill kafka = org.skill("Kafka");
    private final Skill rust = org.skill("Rust");

    ProposeStaffingTest() {
        org.selfRated(ada, postgres, Level.EXPERT);
        org.selfRated(ada, security, Level.PROFICIENT);
        org.selfRated(ben, postgres, Level.PROFICIENT);
        org.selfRated(ben, kafka, Level.PROFICIENT);
        org.selfRated(cleo, postgres, Level.PROFICIENT);
        org.selfRated(dan, security, Level.WORKING_KNOWLEDGE);
        org.selfRated(eva, kafka, Level.EXPERT);
        org.selfRated(olga, postgres, Level.EXPERT);
    }

    /** PostgreSQL at 3 × 2, Security at 2 × 1, Kafka at 3 × 1: four places, nobody meets more than two needs. */
    private StaffingRequest project() {
        return StaffingRequest.of(List.of(
                new Need(postgres.id(), Level.PROFICIENT, 2),
                new Need(security.id(), Level.WORKING_KNOWLEDGE, 1),
                new Need(kafka.id(), Level.PROFICIENT, 1)));
    }

    @Test
    void greedyFindsTheSmallestSetWhenItIsOptimal() {
        var staffing = org.proposeStaffing.propose(hr(hannah), project());

        // Ada and Ben fill two places each (Ada first: levels 4 + 3 against 3 + 3); four places need two people
        assertThat(staffing.proposed()).extracting(Proposed::name).containsExactly("Ada Lovelace", "Ben Brown");
        assertThat(staffing.proposed().get(0).covers())
                .containsExactly(
                        new Covered(postgres.id(), Level.EXPERT), new Covered(security.id(), Level.PROFICIENT));
        assertThat(staffing.proposed().get(1).covers())
                .containsExactly(
                        new Covered(postgres.id(), Level.PROFICIENT), new Covered(kafka.id(), Level.PROFICIENT));
        assertThat(staffing.needs()).extracting(NeedCover::uncovered).containsOnly(0);
        assertThat(staffing.covered()).isTrue();
        assertThat(staffing.proposedNotShown()).isZero();
    }

    @Test
    void eachProposedPersonComesWithWhoCouldStandInBestFirst() {
        var staffing = org.proposeStaffing.propose(hr(hannah), project());

        // for Ada's PostgreSQL and Security: Cleo (3) before Dan (2); for Ben's PostgreSQL and Kafka: Eva (4), Cleo (3)
        assertThat(staffing.proposed().get(0).alternatives())
                .extracting(Alternative::name)
                .containsExactly("Cleo Chen", "Dan Diaz");
        assertThat(staffing.proposed().get(1).alternatives())
                .extracting(Alternative::name)
                .containsExactly("Eva Ek", "Cleo Chen");
        assertThat(staffing.proposed().get(1).alternatives().get(0).covers())
                .containsExactly(new Covered(kafka.id(), Level.EXPERT));
    }

    @Test
    void onlyTheBestFiveStandInsAreNamedBestFirst() {
        var rustaceans = new ArrayList<Person>();
        int[] levels = {2, 4, 1, 3, 4, 1, 2, 3, 1};
        for (int i = 0; i < levels.length; i++) {
            var person = org.person("Rustacean " + (char) ('A' + i));
            org.selfRated(person, rust, Level.of(levels[i]));
            rustaceans.add(person);
        }
        var request = StaffingRequest.of(List.of(new Need(rust.id(), Level.AWARENESS, 1)));

        var staffing = org.proposeStaffing.propose(hr(hannah), request);

        // B and E are at 4: B first by name; of the other eight the five best by level, then by name
        var proposed = staffing.proposed().getFirst();
        assertThat(proposed.name()).isEqualTo("Rustacean B");
        assertThat(proposed.alternatives())
                .extracting(Alternative::name)
                .containsExactly("Rustacean E", "Rustacean D", "Rustacean H", "Rustacean A", "Rustacean G");
        assertThat(proposed.alternatives().getFirst().covers()).containsExactly(new Covered(rust.id(), Level.EXPERT));
        assertThat(proposed.alternativesNotShown()).isZero();
    }

    @Test
    void swappingAPersonExcludesThemAndProposesTheStandInFirst() {
        var staffing = org.proposeStaffing.propose(hr(hannah), project().swapping(ada.id(), dan.id()));

        // Dan takes Security; Ben fills PostgreSQL and Kafka; Cleo the second PostgreSQL place; Ada is out
        assertThat(staffing.proposed())
                .extracting(Proposed::name)
                .containsExactly("Dan Diaz", "Ben Brown", "Cleo Chen");
        assertThat(staffing.proposed()).extracting(Proposed::pinned).containsExactly(true, false, false);
        assertThat(staffing.covered()).isTrue();
    }

    @Test
    void whatNobodyCanCoverIsNamedWithHowManyPlacesStayOpen() {
        var staffing = org.proposeStaffing.propose(
                hr(hannah),
                StaffingRequest.of(
                        List.of(new Need(postgres.id(), Level.EXPERT, 2), new Need(rust.id(), Level.AWARENESS, 1))));

        // only Ada is an Expert in PostgreSQL (Olga has left); nobody is rated in Rust
        assertThat(staffing.proposed()).extracting(Proposed::name).containsExactly("Ada Lovelace");
        assertThat(staffing.needs())
                .containsExactly(
                        new NeedCover(new Need(postgres.id(), Level.EXPERT, 2), 1),
                        new NeedCover(new Need(rust.id(), Level.AWARENESS, 1), 0));
        assertThat(staffing.needs()).extracting(NeedCover::uncovered).containsExactly(1, 1);
        assertThat(staffing.covered()).isFalse();
    }

    @Test
    void drawingFromTeamsLeavesOthersOut() {
        var staffing = org.proposeStaffing.propose(hr(hannah), project().drawingFrom(Set.of(search.id())));

        // one place each: Eva (4), Cleo (3), Dan (2); the second PostgreSQL place stays open
        assertThat(staffing.proposed()).extracting(Proposed::name).containsExactly("Eva Ek", "Cleo Chen", "Dan Diaz");
        assertThat(staffing.needs()).extracting(NeedCover::uncovered).containsExactly(1, 0, 0);
    }

    @Test
    void aManagerSeesEveryoneTheRequestFindsNamedAsInThePeopleFinder() {
        var request = StaffingRequest.of(List.of(
                new Need(kafka.id(), Level.PROFICIENT, 2), new Need(security.id(), Level.WORKING_KNOWLEDGE, 1)));

        var staffing = org.proposeStaffing.propose(manager(maya), request);

        // the rule picks Eva (Kafka 4), then Ada before Ben (both 3, by name); Eva, in Search, is named to Maya too
        assertThat(staffing.proposed())
                .extracting(Proposed::name)
                .containsExactly("Eva Ek", "Ada Lovelace", "Ben Brown");
        assertThat(staffing.proposedNotShown()).isZero();
        assertThat(staffing.covered()).isTrue();
        var adaProposed = staffing.proposed().get(1);
        assertThat(adaProposed.alternatives())
                .as("Dan, in Search, could stand in")
                .extracting(Alternative::name)
                .containsExactly("Dan Diaz");
        assertThat(adaProposed.alternativesNotShown()).isZero();
    }

    @Test
    void aManagerMayPinSomeoneOutsideTheirTeamsButOnlySomeoneWhoMeetsANeed() {
        var staffing = org.proposeStaffing.propose(manager(maya), project().swapping(ada.id(), dan.id()));

        assertThat(staffing.proposed()).extracting(Proposed::name).first().isEqualTo("Dan Diaz");
        assertThat(staffing.proposed().getFirst().pinned()).isTrue();
        assertThatThrownBy(() ->
                        org.proposeStaffing.propose(manager(maya), project().swapping(ada.id(), maya.id())))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Pin only people you may see who meet at least one need");
    }

    @Test
    void employeesMayNotStaffWork() {
        assertThatThrownBy(() -> org.proposeStaffing.propose(employee(ada), project()))
                .isInstanceOf(AccessDenied.class);
        assertThat(org.proposeStaffing.mayPropose(employee(ada))).isFalse();
        assertThat(org.proposeStaffing.mayPropose(manager(maya))).isTrue();
    }

    @Test
    void badRequestsAreRefusedWithTheFieldAtFault() {
        assertRefused(StaffingRequest.of(List.of()), "needs");
        assertRefused(StaffingRequest.of(List.of(new Need(SkillId.random(), Level.PROFICIENT, 1))), "skill");
        assertRefused(StaffingRequest.of(List.of(new Need(postgres.id(), Level.NONE, 1))), "minimum");
        assertRefused(StaffingRequest.of(List.of(new Need(postgres.id(), Level.PROFICIENT, 0))), "headcount");
        assertRefused(
                StaffingRequest.of(
                        List.of(new Need(postgres.id(), Level.PROFICIENT, ProposeStaffing.MAX_HEADCOUNT + 1))),
                "headcount");
        assertRefused(
                StaffingRequest.of(List.of(
                        new Need(postgres.id(), Level.PROFICIENT, 1), new Need(postgres.id(), Level.EXPERT, 1))),
                "skill");
        assertRefused(project().drawingFrom(Set.of(TeamId.random())), "teams");
        assertRefused(new StaffingRequest(project().needs(), Set.of(), Set.of(ada.id()), List.of(ada.id())), "pinned");
    }

    private void assertRefused(StaffingRequest request, String field) {
        assertThatThrownBy(() -> org.proposeStaffing.propose(hr(hannah), request))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
