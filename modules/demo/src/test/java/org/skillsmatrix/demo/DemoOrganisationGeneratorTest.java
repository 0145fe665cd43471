package org.skillsmatrix.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;

class DemoOrganisationGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    private final List<Category> categories = new ArrayList<>();
    private final List<Skill> skills = new ArrayList<>();

    DemoOrganisationGeneratorTest() {
        category("Programming languages", "Java", "Python", "Go");
        category("Security", "Authentication", "OWASP Top 10", "Encryption and key management");
        category("Data operations", "Replication and high availability", "Backup and recovery");
        category("Servers and DevOps", "Linux administration", "CI/CD pipelines");
        category("APIs and integration", "REST API design", "GraphQL");
    }

    @Test
    void default_organisation_has_the_size_the_demo_promises() {
        var organisation = generate(DemoSettings.DEFAULT);

        assertThat(organisation.teams()).hasSize(8).allSatisfy(team -> {
            assertThat(team.members()).hasSize(8);
            assertThat(team.managers()).hasSize(1);
        });
        assertThat(organisation.people()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(organisation.people().stream().map(Person::email).collect(Collectors.toSet()))
                .hasSameSizeAs(organisation.people())
                .contains(DemoPeople.EMPLOYEE, DemoPeople.MANAGER, DemoPeople.HR, DemoPeople.ADMIN);
        assertThat(organisation.roleProfiles()).hasSize(4);
        assertThat(organisation.targets()).isNotEmpty();
    }

    @Test
    void the_managers_are_known_from_the_settings_without_generating_the_organisation() {
        for (var settings :
                List.of(DemoSettings.DEFAULT, new DemoSettings(30, 3, 0, 2, 7), new DemoSettings(200, 20, 0, 1, 99))) {
            var organisation = generate(settings);
            var emails = organisation.people().stream().collect(Collectors.toMap(Person::id, Person::email));
            var managers = organisation.teams().stream()
                    .flatMap(team -> team.managers().stream())
                    .map(emails::get)
                    .collect(Collectors.toSet());

            assertThat(DemoOrganisationGenerator.managerEmails(settings))
                    .containsExactlyInAnyOrderElementsOf(managers)
                    .contains(DemoPeople.MANAGER);
        }
    }

    @Test
    void demo_accounts_sit_where_the_readme_says() {
        var organisation = generate(DemoSettings.DEFAULT);
        var payments = team(organisation, "Payments");

        assertThat(payments.members()).contains(person(organisation, DemoPeople.EMPLOYEE));
        assertThat(payments.managers()).containsExactly(person(organisation, DemoPeople.MANAGER));
        assertThat(team(organisation, "Platform").members()).contains(person(organisation, DemoPeople.ADMIN));
    }

    @Test
    void history_spans_the_months_asked_for_with_self_and_manager_ratings() {
        var settings = DemoSettings.DEFAULT;
        var assessments = assessments(generate(settings));

        assertThat(assessments).hasSizeGreaterThan(500);
        assertThat(assessments)
                .allSatisfy(a ->
                        assertThat(a.assessedAt()).isBetween(NOW.minus(Duration.ofDays(30L * settings.months())), NOW));
        var bySource = assessments.stream().collect(Collectors.groupingBy(Assessment::source, Collectors.counting()));
        assertThat(bySource.get(Source.MANAGER)).isGreaterThan(bySource.get(Source.SELF) / 10);
        assertThat(assessments.stream().map(Assessment::level).distinct()).hasSize(5);
    }

    @Test
    void a_persons_own_ratings_of_a_skill_never_fall_over_time() {
        var history = assessments(generate(DemoSettings.DEFAULT)).stream()
                .filter(a -> a.source() == Source.SELF)
                .collect(Collectors.groupingBy(a -> List.of(a.person(), a.skill())));

        assertThat(history.values()).allSatisfy(ratings -> {
            for (int i = 1; i < ratings.size(); i++) {
                assertThat(ratings.get(i).assessedAt())
                        .isAfter(ratings.get(i - 1).assessedAt());
                assertThat(ratings.get(i).level())
                        .isGreaterThanOrEqualTo(ratings.get(i - 1).level());
            }
        });
    }

    @Test
    void manager_ratings_come_from_the_persons_team_manager() {
        var organisation = generate(DemoSettings.DEFAULT);
        Map<PersonId, Team> teamOf = new HashMap<>();
        organisation.teams().forEach(team -> team.members().forEach(member -> teamOf.put(member, team)));

        assertThat(assessments(organisation))
                .filteredOn(a -> a.source() == Source.MANAGER)
                .allSatisfy(a -> assertThat(teamOf.get(a.person()).managers()).contains(a.assessor()));
    }

    @Test
    void payments_has_a_single_security_expert_against_a_target_of_two() {
        var organisation = generate(DemoSettings.DEFAULT);
        var payments = team(organisation, "Payments");
        var authentication = skill("Authentication");

        var coverage = GapAnalysis.teamCoverage(
                        skills,
                        payments.members(),
                        currentRatings(organisation),
                        organisation.targets().stream()
                                .filter(t -> t.team().equals(payments.id()))
                                .toList())
                .stream()
                .filter(c -> c.skill().equals(authentication))
                .findFirst()
                .orElseThrow();

        assertThat(coverage.required()).isEqualTo(2);
        assertThat(coverage.singlePointOfFailure()).isTrue();
        assertThat(coverage.shortfall()).isEqualTo(1);
    }

    @Test
    void one_person_alone_holds_database_replication_across_the_organisation() {
        var organisation = generate(DemoSettings.DEFAULT);
        var everyone = organisation.people().stream().map(Person::id).collect(Collectors.toSet());

        var replication = GapAnalysis.organisationCoverage(
                        skills, everyone, organisation.teams(), currentRatings(organisation), organisation.targets())
                .stream()
                .filter(c -> c.skill().equals(skill("Replication and high availability")))
                .findFirst()
                .orElseThrow();

        assertThat(replication.singlePointOfFailure()).isTrue();
        assertThat(replication.teamsShort()).isEqualTo(1);
    }

    @Test
    void the_same_seed_gives_the_same_ratings() {
        var first = assessments(generate(DemoSettings.DEFAULT));
        var second = assessments(generate(DemoSettings.DEFAULT));

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i += 97) {
            assertThat(second.get(i).level()).isEqualTo(first.get(i).level());
            assertThat(second.get(i).assessedAt()).isEqualTo(first.get(i).assessedAt());
        }
    }

    @Test
    void a_large_organisation_extends_the_catalog_with_generated_skills() {
        var organisation = generate(new DemoSettings(400, 40, 30, 3, 7));

        assertThat(organisation.addedCategories()).hasSize(1);
        assertThat(organisation.addedSkills()).hasSize(30 - skills.size());
        assertThat(organisation.teams().stream().map(Team::name).collect(Collectors.toSet()))
                .hasSize(40);
        var rated = new HashSet<SkillId>();
        organisation.forEachAssessment(a -> rated.add(a.skill()));
        assertThat(rated).hasSize(30);
    }

    @Test
    void an_organisation_with_every_skill_rated_has_a_current_rating_per_person_and_skill_a_third_with_history() {
        var organisation = generate(new DemoSettings(300, 6, 30, 9, 11, true));

        var histories = assessments(organisation).stream()
                .collect(Collectors.groupingBy(a -> List.of(a.person(), a.skill()), Collectors.counting()));
        var members = organisation.teams().stream()
                .flatMap(team -> team.members().stream())
                .collect(Collectors.toSet());
        for (var member : members) {
            for (var skill : organisation.skills()) {
                assertThat(histories).containsKey(List.of(member, skill.id()));
            }
        }
        long withHistory =
                histories.values().stream().filter(count -> count > 1).count();
        assertThat((double) withHistory / histories.size()).isBetween(0.28, 0.39);
        assertThat(currentRatings(organisation))
                .allSatisfy(rating -> assertThat(rating.level()).isPresent());
    }

    private DemoOrganisation generate(DemoSettings settings) {
        return DemoOrganisationGenerator.generate(categories, skills, settings, NOW);
    }

    private static List<Assessment> assessments(DemoOrganisation organisation) {
        var all = new ArrayList<Assessment>();
        organisation.forEachAssessment(all::add);
        return all;
    }

    private static List<CurrentRating> currentRatings(DemoOrganisation organisation) {
        return assessments(organisation).stream()
                .collect(Collectors.groupingBy(a -> List.of(a.person(), a.skill())))
                .values()
                .stream()
                .map(history -> CurrentRating.of(
                        history.getFirst().person(), history.getFirst().skill(), history))
                .toList();
    }

    private void category(String name, String... skillNames) {
        var category = new Category(CategoryId.random(), name, null, categories.size() + 1, 0);
        categories.add(category);
        for (int i = 0; i < skillNames.length; i++) {
            skills.add(new Skill(SkillId.random(), category.id(), skillNames[i], null, i + 1, false, 0));
        }
    }

    private SkillId skill(String name) {
        return skills.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static Team team(DemoOrganisation organisation, String name) {
        return organisation.teams().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static PersonId person(DemoOrganisation organisation, String email) {
        return organisation.people().stream()
                .filter(p -> p.email().equals(email))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
