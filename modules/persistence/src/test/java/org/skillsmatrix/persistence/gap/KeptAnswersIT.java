package org.skillsmatrix.persistence.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation's coverage and a team's coverage and matrix are kept between reads while nothing changes, and
 * never given once something has: a write by another node (plain SQL here, behind the adapter's back), a write
 * rolled back after it was read, a new target, a renamed member.
 */
class KeptAnswersIT extends PersistenceIT {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    Coverage coverage;

    @Autowired
    Assessments assessments;

    @Autowired
    People people;

    @Autowired
    Catalog catalog;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Teams teams;

    @Autowired
    TeamTargets targets;

    @Autowired
    Matrices matrices;

    Person ada;
    Skill skill;
    Team team;

    @BeforeEach
    void onePersonRatedInATeam() {
        ada = new TestPeople(people).add("Ada Lovelace");
        skill = catalog.skills().getFirst();
        team = teams.add(new Team(TeamId.random(), "Payments", Set.of(ada.id()), Set.of(), 0));
        assessments.append(Assessment.self(ada.id(), skill.id(), Level.PROFICIENT, Interest.NEUTRAL, AT, null));
    }

    @Test
    void aTeamsCoverageIsKeptUntilItsTargetChanges() {
        var first = coverage.ofTeam(team.id());
        assertThat(coverage.ofTeam(team.id())).isSameAs(first);

        targets.add(new TeamTarget(team.id(), skill.id(), Level.EXPERT, 1, 0));

        assertThat(coverage.ofTeam(team.id()))
                .filteredOn(each -> each.skill().equals(skill.id()))
                .singleElement()
                .satisfies(each -> {
                    assertThat(each.required()).isEqualTo(1);
                    assertThat(each.holders()).isZero();
                });
    }

    @Test
    void aTeamsMatrixIsKeptUntilAMemberIsRenamed() {
        var first = matrices.ofTeam(team.id());
        assertThat(matrices.ofTeam(team.id())).isSameAs(first);

        people.update(ada.with("Ada King", ada.email(), null));

        assertThat(matrices.ofTeam(team.id()).members())
                .extracting(Person::name)
                .containsExactly("Ada King");
    }

    @Test
    void readsWithNothingWrittenInBetweenGetTheKeptAnswer() {
        var first = coverage.ofOrganisation();

        assertThat(coverage.ofOrganisation()).isSameAs(first);
        assertThat(holders()).isEqualTo(1);
    }

    @Test
    void aWriteOfAnotherNodeIsSeenAtTheNextRead() {
        assertThat(holders()).isEqualTo(1);

        jdbc.update(
                "insert into assessment (person_id, skill_id, level, interest, source, assessor_id, assessed_at)"
                        + " values (?, ?, 1, 'NEUTRAL', 'SELF', ?, ?)",
                ada.id().value(),
                skill.id().value(),
                ada.id().value(),
                java.sql.Timestamp.from(AT.plusSeconds(60)));

        assertThat(holders()).isZero();
    }

    @Test
    void anAnswerReadInsideAWriteThatRollsBackIsNotGivenAfterwards() {
        var transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            assessments.append(
                    Assessment.self(ada.id(), skill.id(), Level.AWARENESS, Interest.NEUTRAL, AT.plusSeconds(60), null));
            assertThat(holders()).as("inside the write").isZero();
            status.setRollbackOnly();
        });

        assertThat(holders()).as("after the rollback").isEqualTo(1);

        assessments.append(
                Assessment.self(ada.id(), skill.id(), Level.AWARENESS, Interest.NEUTRAL, AT.plusSeconds(120), null));
        assertThat(holders()).as("after a write committed since").isZero();
    }

    private int holders() {
        return coverage.ofOrganisation().stream()
                .filter(each -> each.skill().equals(skill.id()))
                .mapToInt(OrganisationSkillCoverage::holders)
                .sum();
    }
}
