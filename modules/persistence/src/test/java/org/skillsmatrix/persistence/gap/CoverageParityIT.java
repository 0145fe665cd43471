package org.skillsmatrix.persistence.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.assessment.TeamMatrix;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.SharedDataPersistenceIT;
import org.skillsmatrix.persistence.fixture.GeneratedOrganisation;
import org.skillsmatrix.persistence.fixture.Unique;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SQL read models agree with the domain's reference rules, computed in memory from the same generated
 * organisation: coverage with {@link GapAnalysis}, the team matrix with {@link CurrentRating#of}.
 */
class CoverageParityIT extends SharedDataPersistenceIT {

    static final long SEED = 20260301L;

    @Autowired
    Coverage coverage;

    @Autowired
    Matrices matrices;

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
    List<Skill> skills;
    List<CurrentRating> ratings;

    /** A generated organisation in which one key skill, rated and targeted everywhere, is retired afterwards. */
    @BeforeAll
    void storeAGeneratedOrganisation() {
        var category = catalog.categories().getFirst();
        var retiring =
                catalog.add(new Skill(SkillId.random(), category.id(), Unique.name("Retiring"), null, 999, false, 0));
        var catalogSkills = catalog.skills();
        var keySkills = List.of(
                retiring.id(), catalogSkills.get(0).id(), catalogSkills.get(5).id());
        organisation = GeneratedOrganisation.generate(
                catalog.categories(), catalogSkills, keySkills, SEED, Instant.parse("2026-03-01T00:00:00Z"));
        organisation.storeIn(people, teams, targets, assessments);
        catalog.update(retiring.retire());

        skills = catalog.skills();
        ratings = organisation.currentRatings();
        assertThat(organisation.people()).hasSizeBetween(60, 100);
        assertThat(organisation.people()).anyMatch(person -> !person.active());
        assertThat(organisation.targets()).anyMatch(target -> target.skill().equals(retiring.id()));
        assertThat(organisation.assessments()).anyMatch(a -> a.skill().equals(retiring.id()));
    }

    @Test
    void teamCoverageFollowsTheGapAnalysisRules() {
        for (var team : organisation.teams()) {
            var expected = GapAnalysis.teamCoverage(
                    skills, organisation.activeMembersOf(team), ratings, organisation.targetsOf(team));

            var actual = coverage.ofTeam(team.id());

            assertThat(bySkill(actual, SkillCoverage::skill))
                    .as(team.name())
                    .containsExactlyInAnyOrderEntriesOf(bySkill(expected, SkillCoverage::skill));
            assertThat(actual)
                    .as("one entry per active skill, in catalog order")
                    .isEqualTo(expected);
        }
    }

    @Test
    void teamCoverageIsInteresting() {
        var all = organisation.teams().stream()
                .flatMap(team -> coverage.ofTeam(team.id()).stream())
                .toList();

        assertThat(all).anyMatch(SkillCoverage::singlePointOfFailure);
        assertThat(all).anyMatch(c -> c.shortfall() > 0);
        assertThat(all).anyMatch(SkillCoverage::targetMet);
        assertThat(all).anyMatch(c -> c.holders() > 1);
    }

    @Test
    void organisationCoverageFollowsTheGapAnalysisRules() {
        var expected = GapAnalysis.organisationCoverage(
                skills, organisation.activePeople(), organisation.teams(), ratings, organisation.targets());

        var actual = coverage.ofOrganisation();

        assertThat(bySkill(actual, OrganisationSkillCoverage::skill))
                .containsExactlyInAnyOrderEntriesOf(bySkill(expected, OrganisationSkillCoverage::skill));
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).anyMatch(OrganisationSkillCoverage::singlePointOfFailure);
        assertThat(actual).anyMatch(c -> c.teamsShort() > 0);
        assertThat(actual).noneMatch(c -> c.skill().equals(retiredSkill()));
    }

    @Test
    void criticalHoldingsFollowTheGapAnalysisRules() {
        var expected = GapAnalysis.criticalHoldings(
                skills, organisation.activePeople(), organisation.teams(), ratings, organisation.targets());

        assertThat(coverage.criticalHoldings()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected)
                .as("the organisation has targets met with nobody to spare")
                .isNotEmpty();
        assertThat(expected).noneMatch(holding -> holding.skill().equals(retiredSkill()));
        for (var team : organisation.teams()) {
            assertThat(coverage.criticalHoldings(team.id()))
                    .as(team.name())
                    .containsExactlyInAnyOrderElementsOf(expected.stream()
                            .filter(holding -> holding.team().equals(team.id()))
                            .toList());
        }
    }

    @Test
    void theTeamMatrixIsTheFoldOfEachActiveMembersHistory() {
        var peopleById = organisation.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        for (var team : organisation.teams()) {
            var active = organisation.activeMembersOf(team);

            TeamMatrix matrix = matrices.ofTeam(team.id());

            assertThat(matrix.team()).isEqualTo(team.id());
            assertThat(matrix.members())
                    .as(team.name())
                    .containsExactlyInAnyOrderElementsOf(
                            active.stream().map(peopleById::get).toList())
                    .isSortedAccordingTo(Comparator.comparing(Person::name));
            var expected =
                    ratings.stream().filter(r -> active.contains(r.person())).toList();
            assertThat(matrix.index())
                    .containsExactlyInAnyOrderEntriesOf(new TeamMatrix(team.id(), List.of(), expected).index());
        }
    }

    @Test
    void aTeamWithoutActiveMembersHasAnEmptyMatrixAndNoHolders() {
        var empty = teams.add(new Team(TeamId.random(), "Empty", Set.of(), Set.of(), 0));

        assertThat(matrices.ofTeam(empty.id()).members()).isEmpty();
        assertThat(matrices.ofTeam(empty.id()).ratings()).isEmpty();
        assertThat(coverage.ofTeam(empty.id()))
                .hasSize((int) skills.stream().filter(Skill::active).count())
                .allMatch(SkillCoverage::uncovered);
    }

    @Test
    void theCurrentRatingsOfAPersonAreTheFoldOfTheirHistory() {
        for (var person : organisation.people()) {
            var expected =
                    ratings.stream().filter(r -> r.person().equals(person.id())).toList();

            assertThat(assessments.current(person.id())).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private SkillId retiredSkill() {
        return skills.stream().filter(Skill::retired).findFirst().orElseThrow().id();
    }

    private static <T> Map<SkillId, T> bySkill(List<T> entries, Function<T, SkillId> skill) {
        return entries.stream().collect(Collectors.toMap(skill, Function.identity()));
    }
}
