package org.skillsmatrix.persistence.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.base.NotYetComputed;
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
import org.skillsmatrix.persistence.base.ReadModelChanges;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation's coverage and a team's coverage and matrix are kept between reads while nothing changes, and
 * never given once something has: a write by another node (plain SQL here, behind the adapter's back), a write
 * rolled back after it was read, a new target, a renamed member, a write that commits while or after the answer is
 * computed, in whatever order of transaction ids. Writers in open transactions do not wait for one another. A large
 * answer kept with a patience is computed anew aside after a change, once, while its readers get the one kept
 * before; one computed aside before it was asked for is not computed by its readers too.
 */
class KeptAnswersIT extends PersistenceIT {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    /** A question asked of kept answers, as a use case names the organisation's. */
    private static final String FIRST_QUESTION = "organisation";

    /** How long a step of another thread or session may take on a loaded machine. */
    private static final Duration A_WHILE = Duration.ofMinutes(5);

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

    @Autowired
    ReadModelChanges changes;

    @Autowired
    DataSource dataSource;

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

    @Test
    void twoWritersInOpenTransactionsDoNotWaitForEachOther() throws SQLException {
        var bob = new TestPeople(people).add("Bob Stone");
        var other = catalog.skills().get(1);
        try (var first = dataSource.getConnection();
                var second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            rate(first, ada, skill, 1, 60);
            try (var statement = second.createStatement()) {
                // Waiting for the first writer would wait for ever: this test's thread commits it only later.
                statement.execute("set local lock_timeout = '10s'");
            }
            rate(second, bob, other, 4, 60);
            second.commit();
            first.commit();
        }

        assertThat(holders()).isZero();
        assertThat(holders(other)).isEqualTo(1);
    }

    @Test
    void anAnswerComputedWhileAWriteCommitsIsNotGivenAfterwards() {
        var answers = changes.<Integer>kept();

        int during = read(answers, () -> {
            int before = holdersInSql();
            commitElsewhere(connection -> rate(connection, ada, skill, 1, 60));
            return before;
        });
        assertThat(during).as("computed before the write committed").isEqualTo(1);

        assertThat(read(answers, this::holdersInSql)).as("the next read").isZero();
    }

    @Test
    void aWriterWithAnOlderIdThatCommitsAfterTheAnswerMakesItComputedAnew() throws SQLException {
        var bob = new TestPeople(people).add("Bob Stone");
        var answers = changes.<Integer>kept();
        var computed = new AtomicInteger();
        try (var older = dataSource.getConnection()) {
            older.setAutoCommit(false);
            rate(older, ada, skill, 1, 60);
            // A younger writer commits first: its id, the larger, is seen before the older writer's.
            commitElsewhere(connection -> rate(connection, bob, skill, 4, 60));

            assertThat(read(answers, () -> {
                        computed.incrementAndGet();
                        return holdersInSql();
                    }))
                    .isEqualTo(2);
            assertThat(read(answers, () -> {
                        computed.incrementAndGet();
                        return holdersInSql();
                    }))
                    .as("kept while the older writer is open")
                    .isEqualTo(2);
            assertThat(computed).hasValue(1);

            older.commit();
        }

        assertThat(read(answers, this::holdersInSql))
                .as("after the older writer committed")
                .isEqualTo(1);
    }

    @Test
    void pruningForgetsTheWritersAndTheAnswersComputedBeforeItsHorizon() {
        var answers = changes.<Integer>kept();
        var computed = new AtomicInteger();
        Supplier<Integer> compute = () -> {
            computed.incrementAndGet();
            return holdersInSql();
        };
        read(answers, compute);

        changes.prune(Duration.ZERO);
        read(answers, compute);
        assertThat(computed).as("kept across the first pruning").hasValue(1);

        assessments.append(
                Assessment.self(ada.id(), skill.id(), Level.EXPERT, Interest.NEUTRAL, AT.plusSeconds(60), null));
        changes.prune(Duration.ZERO);
        changes.prune(Duration.ZERO);

        assertThat(jdbc.queryForObject("select count(*) from read_model_change", Integer.class))
                .as("writers recorded")
                .isZero();
        assertThat(read(answers, compute)).isEqualTo(1);
        assertThat(computed).as("computed anew past the horizon").hasValue(2);
    }

    @Test
    void writersRestoredFromAnotherServerAreForgottenAtTheNextPruning() {
        var answers = changes.<Integer>kept();
        var computed = new AtomicInteger();
        Supplier<Integer> compute = () -> {
            computed.incrementAndGet();
            return holdersInSql();
        };
        // A backup of a server whose transaction ids ran ahead of this one's.
        jdbc.update("insert into read_model_change (xid) select cast(cast(cast(cast("
                + "pg_snapshot_xmax(pg_current_snapshot()) as text) as bigint) + 1000000 as text) as xid8)");
        read(answers, compute);
        read(answers, compute);
        assertThat(computed)
                .as("nothing kept while a writer from the future is recorded")
                .hasValue(2);

        changes.prune(Duration.ofDays(1));
        read(answers, compute);
        read(answers, compute);

        assertThat(computed).as("the last answer kept").hasValue(2);
    }

    @Test
    void aLargeAnswerChangedIsComputedAsideWhileTheOneKeptBeforeIsGiven() {
        var answers = changes.<Integer>kept(1, Duration.ofMillis(100), answer -> true);
        var computed = new AtomicInteger();
        var released = new CountDownLatch(1);
        var blocked = countedAndHeld(computed, released);
        assertThat(read(answers, counted(computed)))
                .as("computed by its reader, the first time")
                .isEqualTo(1);
        commitElsewhere(connection -> rate(connection, ada, skill, 1, 60));

        assertThat(read(answers, blocked))
                .as("the answer kept before, while the new one is being computed")
                .isEqualTo(1);
        assertThat(read(answers, blocked)).as("still being computed").isEqualTo(1);
        released.countDown();

        int answer = 1;
        for (int reads = 0; answer == 1 && reads < 600; reads++) {
            answer = read(answers, blocked);
        }
        assertThat(answer).as("the new answer, once computed").isZero();
        assertThat(computed)
                .as("computed once for the write, whoever asked meanwhile")
                .hasValue(2);
    }

    /**
     * A reader that took the kept answer just before the answer computed aside replaced it, and looks for a running
     * computation just after that one ended, must not start another: nothing changed since the new answer. The reader
     * is held between the two steps by a lock on the horizon of recorded writers, which its check reads.
     */
    @Test
    void aReaderCheckingWhileTheAnswerComputedAsideIsKeptDoesNotComputeItAgain() throws Exception {
        var answers = changes.<Integer>kept(1, Duration.ofMillis(100), answer -> true);
        var computed = new AtomicInteger();
        var released = new CountDownLatch(1);
        var blocked = countedAndHeld(computed, released);
        read(answers, counted(computed));
        commitElsewhere(connection -> rate(connection, ada, skill, 1, 60));
        assertThat(read(answers, blocked)).as("the answer kept before").isEqualTo(1);
        await("the computation aside started").atMost(A_WHILE).until(() -> computed.get() == 2);

        try (var reading = Executors.newVirtualThreadPerTaskExecutor();
                var locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            int lockerPid = backendPid(locker);
            // Queued behind the computation's transaction, which read the table; later readers of it queue behind.
            var locked = reading.submit(() -> {
                try (var lock = locker.createStatement()) {
                    lock.execute("lock table read_model_change_horizon in access exclusive mode");
                }
                return true;
            });
            await("the lock asked for").atMost(A_WHILE).until(() -> waitsForALock(lockerPid));
            var reader = reading.submit(() -> read(answers, blocked));
            await("the reader took the kept answer and waits for the lock")
                    .atMost(A_WHILE)
                    .until(() -> waitingFor(lockerPid) == 1);

            released.countDown();
            assertThat(locked.get(5, TimeUnit.MINUTES))
                    .as("the computation aside committed")
                    .isTrue();
            // The computation ends just after its transaction: its thread waits for the next one again.
            await("the computation aside ended").atMost(A_WHILE).until(KeptAnswersIT::computationsAsideEnded);
            locker.rollback();

            assertThat(reader.get(5, TimeUnit.MINUTES))
                    .as("the answer computed aside")
                    .isZero();
        }
        assertThat(computed).as("computed once for the write").hasValue(2);
    }

    private int backendPid(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var pid = statement.executeQuery("select pg_backend_pid()")) {
            pid.next();
            return pid.getInt(1);
        }
    }

    private boolean waitsForALock(int pid) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select from pg_locks where pid = ? and not granted)", Boolean.class, pid));
    }

    /** How many sessions wait for the session {@code pid}: for a lock it holds or one it waits for ahead of them. */
    private int waitingFor(int pid) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))", Integer.class, pid));
    }

    /**
     * An answer computed aside before anyone asked, as the organisation's mentor proposals are at the start: a reader
     * meanwhile waits the patience and is told it is not there yet, never computes it too, and gets it once it is.
     */
    @Test
    void anAnswerComputedAsideBeforeItIsAskedForIsNotComputedAgainByItsReaders() {
        var answers = changes.<Integer>kept(1, Duration.ofMillis(100), answer -> true);
        var computed = new AtomicInteger();
        var released = new CountDownLatch(1);
        var held = countedAndHeld(computed, released);

        answers.computeAside(FIRST_QUESTION, held);
        await("the computation aside started").atMost(A_WHILE).until(() -> computed.get() == 1);
        answers.computeAside(FIRST_QUESTION, held);

        assertThatThrownBy(() -> read(answers, FIRST_QUESTION, held))
                .as("not there yet, after the patience")
                .isInstanceOf(NotYetComputed.class);
        released.countDown();
        await("the answer computed aside")
                .atMost(A_WHILE)
                .ignoreException(NotYetComputed.class)
                .until(() -> read(answers, FIRST_QUESTION, held) == 1);

        answers.computeAside(FIRST_QUESTION, held);
        assertThat(read(answers, FIRST_QUESTION, held)).isEqualTo(1);
        assertThat(computed).as("computed once, aside, however often asked").hasValue(1);
    }

    @Test
    void aReaderWhoseKeptAnswerWasGivenUpWhileItIsComputedAnewComputesItRatherThanBeingRefused() {
        var answers = changes.<Integer>kept(1, Duration.ofMillis(100), answer -> true);
        var computed = new AtomicInteger();
        var released = new CountDownLatch(1);
        try {
            assertThat(read(answers, FIRST_QUESTION, counted(computed))).isEqualTo(1);
            commitElsewhere(connection -> rate(connection, ada, skill, 1, 60));
            assertThat(read(answers, FIRST_QUESTION, countedAndHeld(computed, released)))
                    .as("the answer kept before, while the new one is being computed")
                    .isEqualTo(1);
            read(answers, "another question", counted(new AtomicInteger()));

            assertThat(read(answers, FIRST_QUESTION, counted(computed)))
                    .as("its kept answer given up for another question's, the reader computes it:"
                            + " it is no first answer computed aside at the start")
                    .isZero();
        } finally {
            released.countDown();
        }
    }

    @Test
    void aSmallAnswerChangedIsComputedByItsReader() {
        var answers = changes.<Integer>kept(1, Duration.ofMillis(100), answer -> answer > 1);
        assertThat(read(answers, this::holdersInSql)).isEqualTo(1);

        commitElsewhere(connection -> rate(connection, ada, skill, 1, 60));

        assertThat(read(answers, this::holdersInSql)).isZero();
    }

    /** Computes the answer, counting each computation. */
    private Supplier<Integer> counted(AtomicInteger computed) {
        return () -> {
            computed.incrementAndGet();
            return holdersInSql();
        };
    }

    /** Computes the answer once {@code released} opens, counting each computation. */
    private Supplier<Integer> countedAndHeld(AtomicInteger computed, CountDownLatch released) {
        return () -> {
            computed.incrementAndGet();
            awaitUninterruptibly(released);
            return holdersInSql();
        };
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.MINUTES)) {
                throw new AssertionError("computed by the reader itself, which would wait for ever");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the threads that compute kept answers aside are idle, waiting for a computation to run. */
    private static boolean computationsAsideEnded() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("kept-answers"))
                .allMatch(thread -> thread.getState() == Thread.State.WAITING);
    }

    /** The answer kept in {@code answers}, read in a read-only transaction of its own. */
    private int read(ReadModelChanges.Kept<Integer> answers, Supplier<Integer> compute) {
        return readOnly(() -> answers.get(compute));
    }

    /** The answer to the question kept in {@code answers}, read in a read-only transaction of its own. */
    private int read(ReadModelChanges.Kept<Integer> answers, Object question, Supplier<Integer> compute) {
        return readOnly(() -> answers.get(question, compute));
    }

    private int readOnly(Supplier<Integer> reading) {
        var read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        return Objects.requireNonNull(read.execute(status -> reading.get()));
    }

    private interface Write {
        void to(Connection connection) throws SQLException;
    }

    /** Commits a write on a connection of its own, as another node would. */
    private void commitElsewhere(Write write) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            write.to(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rate(Connection connection, Person person, Skill skill, int level, int secondsLater)
            throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into assessment (person_id, skill_id, level, interest, source, assessor_id, assessed_at)"
                        + " values (?, ?, ?, 'NEUTRAL', 'SELF', ?, ?)")) {
            insert.setObject(1, person.id().value());
            insert.setObject(2, skill.id().value());
            insert.setInt(3, level);
            insert.setObject(4, person.id().value());
            insert.setTimestamp(5, Timestamp.from(AT.plusSeconds(secondsLater)));
            insert.executeUpdate();
        }
    }

    private int holdersInSql() {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select coalesce(sum(people), 0) from skill_level_count where skill_id = ? and level >= 3",
                Integer.class,
                skill.id().value()));
    }

    private int holders(Skill other) {
        return coverage.ofOrganisation().stream()
                .filter(each -> each.skill().equals(other.id()))
                .mapToInt(OrganisationSkillCoverage::holders)
                .sum();
    }

    private int holders() {
        return coverage.ofOrganisation().stream()
                .filter(each -> each.skill().equals(skill.id()))
                .mapToInt(OrganisationSkillCoverage::holders)
                .sum();
    }
}
