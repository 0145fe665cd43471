package org.skillsmatrix.persistence.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.domain.testing.TeamTargetsContract;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.Waits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

class TeamTargetsIT extends PersistenceIT {

    @Autowired
    TeamTargets targets;

    @Autowired
    Teams teams;

    @Autowired
    Catalog catalog;

    @Autowired
    TransactionTemplate transactions;

    /** Two threads of its own: the common pool may have just one on a small machine. */
    final ExecutorService writers = Executors.newFixedThreadPool(2);

    Team payments;
    Skill first;
    Skill second;

    @BeforeEach
    void aTeamAndTwoSkills() {
        payments = teams.add(new Team(TeamId.random(), "Payments", Set.of(), Set.of(), 0));
        first = catalog.skills().get(0);
        second = catalog.skills().get(1);
    }

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Nested
    class KeepsTheContract extends TeamTargetsContract {

        @Override
        protected TeamTargets targets() {
            return targets;
        }

        @Override
        protected Teams teams() {
            return teams;
        }

        @Override
        protected Catalog catalog() {
            return catalog;
        }
    }

    @Test
    void listsATeamsTargetsInCatalogOrder() {
        targets.add(new TeamTarget(payments.id(), second.id(), Level.PROFICIENT, 2, 0));
        targets.add(new TeamTarget(payments.id(), first.id(), Level.EXPERT, 1, 0));

        assertThat(targets.of(payments.id())).extracting(TeamTarget::skill).containsExactly(first.id(), second.id());
        assertThat(targets.all()).hasSize(2);
    }

    /**
     * Neither writer sees the other's target when it checks, so both insert; the second insert waits for the
     * first writer's row and, once that commits, breaks the primary key.
     */
    @Test
    void ofTwoManagersAddingTheSameTargetAtOnceTheSecondGetsAConcurrentEdit() throws Exception {
        var firstAdded = new CountDownLatch(1);
        var secondWaits = new CountDownLatch(1);
        var firstWriter = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> {
                    targets.add(new TeamTarget(payments.id(), first.id(), Level.PROFICIENT, 2, 0));
                    firstAdded.countDown();
                    Waits.forLatch(secondWaits);
                }),
                writers);
        Waits.forLatch(firstAdded);
        var secondWriter = CompletableFuture.supplyAsync(
                () -> targets.add(new TeamTarget(payments.id(), first.id(), Level.EXPERT, 5, 0)), writers);
        Waits.untilAWriterWaitsForALock(jdbc);
        secondWaits.countDown();

        firstWriter.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> secondWriter.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(ConcurrentEdit.class);
        assertThat(targets.find(payments.id(), first.id()).orElseThrow().headcount())
                .isEqualTo(2);
    }

    @Test
    void theSchemaChecksLevelAndHeadcount() {
        var insert = "insert into team_target (team_id, skill_id, level, headcount) values (?, ?, ?, ?)";

        assertThatThrownBy(() ->
                        jdbc.update(insert, payments.id().value(), first.id().value(), 0, 1))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_team_target_level");
        assertThatThrownBy(() ->
                        jdbc.update(insert, payments.id().value(), first.id().value(), 5, 1))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() ->
                        jdbc.update(insert, payments.id().value(), first.id().value(), 3, 0))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_team_target_headcount");
    }
}
