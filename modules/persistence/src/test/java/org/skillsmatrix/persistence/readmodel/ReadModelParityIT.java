package org.skillsmatrix.persistence.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.readmodel.ReadModel;
import org.skillsmatrix.domain.readmodel.ReadModelCheck.Part;
import org.skillsmatrix.domain.report.LevelCounts;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.domain.testing.InMemoryAssessments;
import org.skillsmatrix.domain.testing.InMemoryCatalog;
import org.skillsmatrix.domain.testing.InMemoryLevelCounts;
import org.skillsmatrix.domain.testing.InMemoryPeople;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.DatabaseCleaner;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.skillsmatrix.persistence.fixture.Unique;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The read model equals the fold of the history after every write the product makes, on PostgreSQL: random
 * sequences of self-ratings, validations, imports (older ratings among them, and ratings at the same instant),
 * moves between teams, deactivations and returns, retired and reinstated skills, targets and managers changed. After
 * each step the read model is compared with what its functions derive from the history; at the end of a sequence
 * the gap and coverage reads that stand on it equal the domain's rules over the same history. Each sequence is named
 * by its seed and its writes, and a run is repeated by its seed: {@value #DEFAULT_SEED} unless the system property
 * {@code skills-matrix.read-model.seed} names another.
 */
class ReadModelParityIT extends PersistenceIT {

    static final long DEFAULT_SEED = 20261202L;
    static final long SEED = Long.getLong("skills-matrix.read-model.seed", DEFAULT_SEED);
    static final int SEQUENCES = 10;
    static final int STEPS = 30;
    static final Instant START = Instant.parse("2025-01-06T10:15:00Z");

    enum Write {
        RATE_SELF,
        VALIDATE,
        IMPORT,
        MOVE,
        JOIN_SECOND_TEAM,
        LEAVE_TEAM,
        DEACTIVATE,
        REACTIVATE,
        RETIRE_SKILL,
        REINSTATE_SKILL,
        SET_TARGET,
        REMOVE_TARGET,
        CHANGE_MANAGER,
        NEW_PERSON;

        String label() {
            return name().toLowerCase().replace('_', ' ');
        }
    }

    @Autowired
    ReadModel readModel;

    @Autowired
    Assessments assessments;

    @Autowired
    Catalog catalog;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    TeamTargets targets;

    @Autowired
    Coverage coverage;

    @Autowired
    LevelCounts levelCounts;

    @TestFactory
    Stream<DynamicTest> theReadModelIsTheFoldOfTheHistoryAfterEveryWrite() {
        return LongStream.range(0, SEQUENCES).mapToObj(n -> {
            long seed = SEED + n;
            var plan = plan(seed);
            var name = "seed " + seed + ": " + plan.stream().map(Write::label).collect(Collectors.joining(", "));
            return DynamicTest.dynamicTest(name, () -> new Sequence(seed).run(plan));
        });
    }

    @Test
    void verifyFindsWhatWentWrongAndRebuildMendsIt() {
        var sequence = new Sequence(SEED - 1);
        sequence.run(plan(SEED - 1));
        assertThat(readModel.verify().consistent()).isTrue();

        jdbc.update("update current_rating set level = 4 - level where ctid = (select min(ctid) from current_rating)");
        jdbc.update(
                "delete from team_level_count where ctid = (select min(ctid) from team_level_count where people > 0)");
        jdbc.update(
                "update skill_level_change set change = change + 1 where ctid = (select min(ctid) from skill_level_change)");
        var check = readModel.verify();

        assertThat(check.consistent()).isFalse();
        assertThat(check.parts())
                .filteredOn(part -> part.differing() > 0)
                .extracting(Part::name)
                .containsExactlyInAnyOrder("current_rating", "team_level_count", "skill_level_change");
        assertThat(check.parts()).extracting(Part::name).contains("skill_level_count");

        readModel.rebuild();

        var rebuilt = readModel.verify();
        assertThat(rebuilt.consistent()).as("%s", rebuilt).isTrue();
        assertThat(rebuilt.parts()).allMatch(part -> part.rows() > 0);
        sequence.readsFollowTheDomainsRules();
    }

    @Test
    void assessmentsAppendedInBulkAreInTheReadModelOnceRebuiltAndLaterWritesKeepItCurrent() {
        var sequence = new Sequence(SEED - 2);
        sequence.run(plan(SEED - 2));

        readModel.rebuiltAfter(() -> {
            sequence.importRatings(300);
            assertThat(readModel.verify().consistent())
                    .as("not refreshed statement by statement")
                    .isFalse();
        });

        var check = readModel.verify();
        assertThat(check.consistent()).as("%s", check).isTrue();
        sequence.importRatings(20);
        var after = readModel.verify();
        assertThat(after.consistent()).as("%s", after).isTrue();
        sequence.readsFollowTheDomainsRules();
    }

    /** The writes of a sequence, drawn up front so that the test is named by them. */
    private static List<Write> plan(long seed) {
        var random = new Random(seed);
        var writes = Write.values();
        var plan = new ArrayList<Write>();
        for (int i = 0; i < STEPS; i++) {
            // ratings are what users do most
            plan.add(
                    random.nextInt(3) == 0
                            ? writes[random.nextInt(writes.length)]
                            : (random.nextBoolean() ? Write.RATE_SELF : Write.VALIDATE));
        }
        return plan;
    }

    /** One organisation of a few people, teams and skills of its own, and the writes of one plan on it. */
    private final class Sequence {

        private final Random random;
        private final List<SkillId> skills = new ArrayList<>();
        private final List<PersonId> persons = new ArrayList<>();
        private final List<TeamId> teamIds = new ArrayList<>();
        private PersonId manager = PersonId.random();
        private Instant now = START;

        Sequence(long seed) {
            this.random = new Random(seed * 31 + 7);
        }

        void run(List<Write> plan) {
            DatabaseCleaner.keepCatalogOnly(jdbc);
            setUp();
            assertConsistent("the start");
            for (int i = 0; i < plan.size(); i++) {
                var done = step(plan.get(i));
                assertConsistent("step " + (i + 1) + ", " + done);
            }
            readsFollowTheDomainsRules();
            for (var skill : skills) {
                var stored = catalog.skill(skill).orElseThrow();
                if (stored.active()) {
                    catalog.update(stored.retire());
                }
            }
        }

        private void setUp() {
            var category = catalog.categories().getFirst().id();
            for (int i = 0; i < 4; i++) {
                skills.add(catalog.add(
                                new Skill(SkillId.random(), category, Unique.name("Parity"), null, 900 + i, false, 0))
                        .id());
            }
            var testPeople = new TestPeople(people);
            manager = testPeople.add(Unique.name("Manager")).id();
            for (int i = 0; i < 7; i++) {
                persons.add(testPeople.add(Unique.name("Person"), i != 6).id());
            }
            for (int i = 0; i < 3; i++) {
                var members = new HashSet<PersonId>();
                for (var person : persons) {
                    if (random.nextInt(3) == 0) {
                        members.add(person);
                    }
                }
                teamIds.add(teams.add(new Team(TeamId.random(), Unique.name("Team"), members, Set.of(manager), 0))
                        .id());
            }
            for (int i = 0; i < 10; i++) {
                assessments.append(randomRating(now.minus(Duration.ofDays(random.nextInt(400)))));
            }
        }

        /** Does one write; says what it did. */
        private String step(Write write) {
            now = now.plus(Duration.ofMinutes(random.nextInt(4) == 0 ? 0 : random.nextInt(3 * 24 * 60)));
            if (random.nextInt(8) == 0) {
                now = LocalDate.ofInstant(now, ZoneOffset.UTC)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            var person = oneOf(persons);
            var skill = oneOf(skills);
            var team = oneOf(teamIds);
            switch (write) {
                case RATE_SELF ->
                    assessments.append(
                            Assessment.self(person, skill, level(), oneOf(List.of(Interest.values())), now, null));
                case VALIDATE -> assessments.append(Assessment.byManager(person, skill, level(), manager, now, null));
                case IMPORT -> {
                    var batch = new ArrayList<Assessment>();
                    int size = 1 + random.nextInt(12);
                    for (int i = 0; i < size; i++) {
                        // older than now, at now, or at an instant already taken
                        batch.add(randomRating(
                                now.minus(Duration.ofHours(random.nextInt(3) == 0 ? 0 : random.nextInt(24 * 500)))));
                    }
                    assessments.appendAll(batch);
                    return write.label() + " of " + size + " ratings";
                }
                case MOVE -> {
                    var from = teams.byId(team).orElseThrow();
                    var to = teams.byId(oneOf(teamIds)).orElseThrow();
                    var moving = from.members().isEmpty() ? person : oneOf(List.copyOf(from.members()));
                    teams.update(from.withoutMember(moving));
                    to = teams.byId(to.id()).orElseThrow();
                    teams.update(to.withMember(moving));
                }
                case JOIN_SECOND_TEAM ->
                    teams.update(teams.byId(team).orElseThrow().withMember(person));
                case LEAVE_TEAM -> teams.update(teams.byId(team).orElseThrow().withoutMember(person));
                case DEACTIVATE ->
                    people.update(people.byId(person).orElseThrow().withActive(false));
                case REACTIVATE ->
                    people.update(people.byId(person).orElseThrow().withActive(true));
                case RETIRE_SKILL -> {
                    var stored = catalog.skill(skill).orElseThrow();
                    catalog.update(stored.retired() ? stored : stored.retire());
                }
                case REINSTATE_SKILL -> {
                    var stored = catalog.skill(skill).orElseThrow();
                    catalog.update(stored.retired() ? stored.reinstate() : stored);
                }
                case SET_TARGET -> {
                    var level = Level.of(1 + random.nextInt(4));
                    int headcount = 1 + random.nextInt(3);
                    var existing = targets.find(team, skill);
                    if (existing.isPresent()) {
                        targets.update(new TeamTarget(
                                team, skill, level, headcount, existing.get().version()));
                    } else {
                        targets.add(new TeamTarget(team, skill, level, headcount, 0));
                    }
                }
                case REMOVE_TARGET ->
                    targets.find(team, skill).ifPresent(target -> targets.remove(team, skill, target.version()));
                case CHANGE_MANAGER -> {
                    var stored = teams.byId(team).orElseThrow();
                    teams.update(
                            stored.managers().contains(person)
                                    ? stored.withoutManager(person)
                                    : stored.withManager(person));
                }
                case NEW_PERSON ->
                    persons.add(
                            new TestPeople(people).add(Unique.name("Newcomer")).id());
            }
            return write.label();
        }

        /** Appends ratings of random pairs at instants up to 500 days back, in one batch, as an import does. */
        void importRatings(int count) {
            var batch = new ArrayList<Assessment>();
            for (int i = 0; i < count; i++) {
                batch.add(randomRating(now.minus(Duration.ofHours(random.nextInt(24 * 500)))));
            }
            assessments.appendAll(batch);
        }

        private Assessment randomRating(Instant at) {
            var person = oneOf(persons);
            return random.nextBoolean()
                    ? Assessment.self(person, oneOf(skills), level(), oneOf(List.of(Interest.values())), at, null)
                    : Assessment.byManager(person, oneOf(skills), level(), manager, at, null);
        }

        private Level level() {
            return Level.of(random.nextInt(5));
        }

        private <T> T oneOf(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private void assertConsistent(String after) {
            var check = readModel.verify();
            assertThat(check.consistent()).as("after %s: %s", after, check).isTrue();
        }

        /** Gaps, coverage and its trend as the domain computes them from the same history. */
        void readsFollowTheDomainsRules() {
            var catalogSkills = catalog.skills();
            var everyone = people.all();
            var active =
                    everyone.stream().filter(Person::active).map(Person::id).collect(Collectors.toSet());
            var memory = new InMemoryAssessments();
            var ratings = new ArrayList<CurrentRating>();
            for (var person : everyone) {
                var history = assessments.history(person.id());
                memory.appendAll(history.reversed());
                history.stream()
                        .map(Assessment::skill)
                        .distinct()
                        .forEach(skill -> ratings.add(CurrentRating.of(person.id(), skill, history)));
            }
            var allTeams = teams.all();
            assertThat(coverage.ofOrganisation())
                    .isEqualTo(
                            GapAnalysis.organisationCoverage(catalogSkills, active, allTeams, ratings, targets.all()));
            for (var team : allTeams) {
                var members = team.members().stream().filter(active::contains).collect(Collectors.toSet());
                assertThat(coverage.ofTeam(team.id()))
                        .as(team.name())
                        .isEqualTo(GapAnalysis.teamCoverage(catalogSkills, members, ratings, targets.of(team.id())));
            }
            assertThat(coverage.criticalHoldings())
                    .as("the holders of targets met with nobody to spare")
                    .containsExactlyInAnyOrderElementsOf(
                            GapAnalysis.criticalHoldings(catalogSkills, active, allTeams, ratings, targets.all()));

            var memoryCatalog = new InMemoryCatalog();
            catalog.categories().forEach(memoryCatalog::add);
            catalogSkills.forEach(memoryCatalog::add);
            var memoryPeople = new InMemoryPeople();
            everyone.forEach(memoryPeople::add);
            var expected = new InMemoryLevelCounts(memoryCatalog, memoryPeople, memory);
            var days = new ArrayList<LocalDate>();
            for (var day = LocalDate.ofInstant(START, ZoneOffset.UTC).minusDays(400);
                    day.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(2));
                    day = day.plusDays(20 + random.nextInt(20))) {
                days.add(day);
            }
            assertThat(levelCounts.startOf(days)).isEqualTo(expected.startOf(days));
            assertThat(levelCounts.current()).isEqualTo(expected.current());
        }
    }
}
