package org.skillsmatrix.persistence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.report.LevelCounts;
import org.skillsmatrix.domain.report.LevelCounts.SkillLevelCounts;
import org.skillsmatrix.domain.report.MatrixRows;
import org.skillsmatrix.domain.report.MatrixRows.MemberRatings;
import org.skillsmatrix.domain.report.trend.TargetHolders;
import org.skillsmatrix.domain.report.trend.TargetHolders.TargetHolding;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.domain.testing.InMemoryAssessments;
import org.skillsmatrix.domain.testing.InMemoryCatalog;
import org.skillsmatrix.domain.testing.InMemoryLevelCounts;
import org.skillsmatrix.domain.testing.InMemoryMatrixRows;
import org.skillsmatrix.domain.testing.InMemoryPeople;
import org.skillsmatrix.domain.testing.InMemoryTargetHolders;
import org.skillsmatrix.domain.testing.InMemoryTeamTargets;
import org.skillsmatrix.domain.testing.InMemoryTeams;
import org.skillsmatrix.persistence.SharedDataPersistenceIT;
import org.skillsmatrix.persistence.fixture.GeneratedOrganisation;
import org.skillsmatrix.persistence.fixture.Unique;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SQL read models that reports stream from agree with the domain's in-memory ones on the same generated
 * organisation: people in two teams, people who left, people never rated, and a skill retired after months of
 * ratings.
 */
class ReportReadModelsParityIT extends SharedDataPersistenceIT {

    static final long SEED = 20261121L;
    static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @Autowired
    MatrixRows matrixRows;

    @Autowired
    LevelCounts levelCounts;

    @Autowired
    Catalog catalog;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    TeamTargets targets;

    @Autowired
    Assessments assessments;

    GeneratedOrganisation organisation;
    InMemoryMatrixRows expectedRows;
    InMemoryLevelCounts expectedCounts;
    InMemoryTargetHolders expectedHolders;

    @Autowired
    TargetHolders targetHolders;

    Skill retired;

    @BeforeAll
    void storeAGeneratedOrganisationHereAndInMemory() {
        var category = catalog.categories().getFirst();
        var retiring =
                catalog.add(new Skill(SkillId.random(), category.id(), Unique.name("Retiring"), null, 999, false, 0));
        var catalogSkills = catalog.skills();
        organisation = GeneratedOrganisation.generate(
                catalog.categories(),
                catalogSkills,
                List.of(retiring.id(), catalogSkills.getFirst().id()),
                SEED,
                NOW);
        organisation.storeIn(people, teams, targets, assessments);
        retired = catalog.update(retiring.retire());

        var memoryCatalog = new InMemoryCatalog();
        catalog.categories().forEach(memoryCatalog::add);
        catalog.skills().forEach(memoryCatalog::add);
        var memoryPeople = new InMemoryPeople();
        organisation.people().forEach(memoryPeople::add);
        var memoryTeams = new InMemoryTeams();
        organisation.teams().forEach(memoryTeams::add);
        var memoryAssessments = new InMemoryAssessments();
        memoryAssessments.appendAll(organisation.assessments());
        expectedRows = new InMemoryMatrixRows(memoryTeams, memoryPeople, memoryAssessments);
        expectedCounts = new InMemoryLevelCounts(memoryCatalog, memoryPeople, memoryAssessments);
        var memoryTargets = new InMemoryTeamTargets();
        organisation.targets().forEach(memoryTargets::add);
        expectedHolders =
                new InMemoryTargetHolders(memoryCatalog, memoryPeople, memoryTeams, memoryTargets, memoryAssessments);

        assertThat(organisation.people()).anyMatch(person -> !person.active());
        assertThat(organisation.teams().stream()
                        .flatMap(team -> team.members().stream())
                        .distinct()
                        .count())
                .as("someone is in two teams")
                .isLessThan(organisation.teams().stream()
                        .mapToInt(team -> team.members().size())
                        .sum());
    }

    @Test
    void theMatrixRowsOfEveryTeamAreTheDomainsInTheSameOrder() {
        var wanted = organisation.teams().stream().map(Team::id).toList().reversed();

        var actual = rows(matrixRows, wanted);
        var expected = rows(expectedRows, wanted);

        assertThat(actual).hasSize(expected.size()).hasSizeGreaterThan(60);
        for (int i = 0; i < expected.size(); i++) {
            var row = actual.get(i);
            var want = expected.get(i);
            assertThat(row.team()).as("row %d", i).isEqualTo(want.team());
            assertThat(row.person()).as("row %d", i).isEqualTo(want.person());
            assertThat(row.ratings())
                    .as("ratings of %s", want.person().name())
                    .containsExactlyInAnyOrderElementsOf(want.ratings());
        }
        assertThat(actual).allMatch(row -> row.person().active());
        assertThat(actual).anyMatch(row -> row.ratings().isEmpty());
        assertThat(actual)
                .anyMatch(row -> row.ratings().stream().anyMatch(r -> r.skill().equals(retired.id())));
    }

    @Test
    void someTeamsOnlyInTheOrderAskedAndNothingForUnknownOrEmptyTeams() {
        var empty = teams.add(new Team(TeamId.random(), Unique.name("Empty"), Set.of(), Set.of(), 0));
        var first = organisation.teams().get(2).id();
        var second = organisation.teams().get(0).id();
        var wanted = List.of(first, TeamId.random(), empty.id(), second);

        var actual = rows(matrixRows, wanted);

        assertThat(actual)
                .extracting(MemberRatings::team)
                .containsOnly(first, second)
                .startsWith(first)
                .endsWith(second);
        assertThat(actual)
                .extracting(MemberRatings::person)
                .containsExactlyElementsOf(rows(expectedRows, wanted).stream()
                        .map(MemberRatings::person)
                        .toList());
        assertThat(rows(matrixRows, List.of())).isEmpty();
    }

    @Test
    void theCurrentLevelCountsAreTheDomains() {
        var actual = levelCounts.current();

        assertThat(actual).isEqualTo(expectedCounts.current()).hasSizeGreaterThan(20);
        assertThat(actual).extracting(SkillLevelCounts::skill).doesNotContain(retired.id());
        assertThat(actual).allMatch(counts -> counts.tally().rated() > 0);
    }

    @Test
    void theLevelCountsAtTheStartOfDaysInThePastAreTheDomainsInOneCallInTheOrderAsked() {
        var days = new ArrayList<LocalDate>();
        for (int months = 9; months >= 1; months -= 2) {
            days.add(LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(30L * months));
        }
        var someAssessment =
                organisation.assessments().get(organisation.assessments().size() / 2);
        var itsDay = LocalDate.ofInstant(someAssessment.assessedAt(), ZoneOffset.UTC);
        days.add(itsDay.plusDays(1));
        days.add(itsDay);
        days.add(days.getFirst());

        var actual = levelCounts.startOf(days);

        assertThat(actual).hasSameSizeAs(days);
        for (int i = 0; i < days.size(); i++) {
            assertThat(actual.get(i))
                    .as("as %s began", days.get(i))
                    .isEqualTo(expectedCounts.before(LevelCounts.start(days.get(i))));
        }
        assertThat(actual.get(4)).isNotEmpty();
        var today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        assertThat(levelCounts.startOf(List.of(today.minusDays(365), today.plusDays(1))))
                .containsExactly(List.of(), levelCounts.current());
        assertThat(levelCounts.startOf(List.of())).isEmpty();
    }

    @Test
    void theHoldersOfEveryTeamsTargetAtTheStartOfDaysAndNowAreTheDomains() {
        var today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        var days = List.of(today.minusDays(400), today.minusDays(200), today.minusDays(90), today.minusDays(30), today);

        var actual = targetHolders.startOf(days);

        assertThat(actual).hasSameSizeAs(days);
        var expected = expectedHolders.startOf(days);
        for (int i = 0; i < days.size(); i++) {
            assertThat(actual.get(i))
                    .as("as %s began", days.get(i))
                    .containsExactlyInAnyOrderElementsOf(expected.get(i));
        }
        var now = targetHolders.current();
        assertThat(now).containsExactlyInAnyOrderElementsOf(expectedHolders.current());
        assertThat(now).anyMatch(TargetHolding::met).anyMatch(holding -> !holding.met());
        assertThat(now).extracting(TargetHolding::skill).doesNotContain(retired.id());
        assertThat(actual.get(3)).isNotEqualTo(actual.get(1));
        assertThat(targetHolders.startOf(List.of())).isEmpty();
    }

    @Test
    void anAssessmentOnTheDayItselfIsNotCountedAsTheDayBegan() {
        // the earliest rating that counts at all: an active person's, in a skill that is not retired
        var earliest = organisation.assessments().stream()
                .filter(assessment -> organisation.activePeople().contains(assessment.person()))
                .filter(assessment -> !assessment.skill().equals(retired.id()))
                .map(Assessment::assessedAt)
                .min(Instant::compareTo)
                .orElseThrow();
        var day = LocalDate.ofInstant(earliest, ZoneOffset.UTC);

        var counts = levelCounts.startOf(List.of(day, day.plusDays(1)));

        assertThat(counts.getFirst()).isEmpty();
        assertThat(counts.getLast()).isNotEmpty();
    }

    private static List<MemberRatings> rows(MatrixRows source, List<TeamId> wanted) {
        var rows = new ArrayList<MemberRatings>();
        source.forEach(wanted, rows::add);
        return rows;
    }
}
