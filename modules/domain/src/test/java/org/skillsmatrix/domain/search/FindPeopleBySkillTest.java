package org.skillsmatrix.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.search.PersonMatch.MatchedSkill;
import org.skillsmatrix.domain.testing.TestOrganisation;

class FindPeopleBySkillTest {

    private final TestOrganisation world = new TestOrganisation();
    private final FindPeopleBySkill findPeopleBySkill = world.findPeopleBySkill;
    private final Person mona = world.person("Mona Manager");
    private final Actor manager = manager(mona);
    private final Skill kafka = world.skill("Kafka");
    private final Skill java = world.skill("Java");

    private final List<SkillCriterion> kafkaAndJava = List.of(
            new SkillCriterion(kafka.id(), Level.PROFICIENT), new SkillCriterion(java.id(), Level.WORKING_KNOWLEDGE));

    @Test
    void aManagerFindsPeopleAnywhereBestFirst() {
        var cleo = world.person("Cleo Clark");
        var ann = world.person("Ann Smith");
        var bob = world.person("Bob Brown");
        var dan = world.person("Dan Diaz");
        world.team("Search", List.of(cleo), List.of());
        world.team("Ledger", List.of(cleo, bob), List.of());
        rate(cleo, Level.EXPERT, Interest.NEUTRAL, Level.EXPERT, Interest.NEUTRAL); // 8
        rate(bob, Level.PROFICIENT, Interest.WANTS_TO_GROW, Level.PROFICIENT, Interest.WANTS_TO_GROW); // 6, 2 wish
        rate(ann, Level.EXPERT, Interest.WANTS_TO_GROW, Level.WORKING_KNOWLEDGE, Interest.NEUTRAL); // 6, 1 wish
        rate(dan, Level.PROFICIENT, Interest.NEUTRAL, Level.PROFICIENT, Interest.NEUTRAL); // 6, no wish

        var found = findPeopleBySkill.find(manager, kafkaAndJava, 10);

        assertThat(found)
                .extracting(PersonMatch::name)
                .containsExactly("Cleo Clark", "Bob Brown", "Ann Smith", "Dan Diaz");
        assertThat(found.getFirst().teams()).containsExactly("Ledger", "Search");
        assertThat(found.get(2).skills())
                .containsExactly(
                        new MatchedSkill(kafka.id(), Level.EXPERT, null),
                        new MatchedSkill(java.id(), Level.WORKING_KNOWLEDGE, null));
    }

    @Test
    void interestIsShownOnlyToThoseWhoMayReadThePersonLevelToEveryone() {
        var own = world.person("Olga Own");
        var other = world.person("Otto Other");
        world.team("Mine", List.of(own), List.of(mona));
        world.team("Theirs", List.of(other), List.of());
        rate(own, Level.EXPERT, Interest.RATHER_NOT, Level.EXPERT, Interest.WANTS_TO_GROW);
        rate(other, Level.EXPERT, Interest.RATHER_NOT, Level.EXPERT, Interest.WANTS_TO_GROW);

        var byManager = findPeopleBySkill.find(manager, kafkaAndJava, 10);
        var byHr = findPeopleBySkill.find(hr(world.person("Hedda Hr")), kafkaAndJava, 10);

        assertThat(skillsOf(byManager, own))
                .extracting(MatchedSkill::level, MatchedSkill::interest)
                .containsExactly(tuple(Level.EXPERT, Interest.RATHER_NOT), tuple(Level.EXPERT, Interest.WANTS_TO_GROW));
        assertThat(skillsOf(byManager, other))
                .extracting(MatchedSkill::level, MatchedSkill::interest)
                .containsExactly(tuple(Level.EXPERT, null), tuple(Level.EXPERT, null));
        assertThat(skillsOf(byHr, other))
                .extracting(MatchedSkill::interest)
                .containsExactly(Interest.RATHER_NOT, Interest.WANTS_TO_GROW);
    }

    private static List<MatchedSkill> skillsOf(List<PersonMatch> found, Person person) {
        return found.stream()
                .filter(match -> match.person().equals(person.id()))
                .findFirst()
                .orElseThrow()
                .skills();
    }

    @Test
    void peopleBelowAMinimumInactivePeopleAndTheUnratedAreNotFound() {
        var ann = world.person("Ann Smith");
        var low = world.person("Lou Low");
        var gone = world.inactivePerson("Gina Gone");
        world.person("Una Unrated");
        rate(ann, Level.PROFICIENT, Interest.NEUTRAL, Level.PROFICIENT, Interest.NEUTRAL);
        rate(low, Level.WORKING_KNOWLEDGE, Interest.NEUTRAL, Level.EXPERT, Interest.NEUTRAL);
        rate(gone, Level.EXPERT, Interest.NEUTRAL, Level.EXPERT, Interest.NEUTRAL);

        assertThat(findPeopleBySkill.find(manager, kafkaAndJava, 10))
                .extracting(PersonMatch::person)
                .containsExactly(ann.id());
    }

    @Test
    void someoneNeverRatedInASkillMeetsNotEvenAMinimumOfNone() {
        var ann = world.person("Ann Smith");
        var una = world.person("Una Unrated");
        world.selfRated(ann, kafka, Level.NONE);
        world.selfRated(una, java, Level.EXPERT);

        assertThat(findPeopleBySkill.find(manager, List.of(new SkillCriterion(kafka.id(), Level.NONE)), 10))
                .extracting(PersonMatch::person)
                .containsExactly(ann.id());
    }

    @Test
    void theManagersValidatedLevelIsTheOneSearched() {
        var ann = world.person("Ann Smith");
        rate(ann, Level.EXPERT, Interest.NEUTRAL, Level.EXPERT, Interest.NEUTRAL);
        world.managerRated(mona, ann, kafka, Level.WORKING_KNOWLEDGE);

        assertThat(findPeopleBySkill.find(manager, kafkaAndJava, 10)).isEmpty();
    }

    @Test
    void atMostTheLimitIsReturned() {
        for (var name : List.of("Ann Smith", "Bob Brown", "Cleo Clark")) {
            rate(world.person(name), Level.EXPERT, Interest.NEUTRAL, Level.EXPERT, Interest.NEUTRAL);
        }

        assertThat(findPeopleBySkill.find(manager, kafkaAndJava, 2)).hasSize(2);
    }

    @Test
    void hrMaySearchButEmployeesAndAdminsMayNot() {
        assertThat(findPeopleBySkill.find(hr(world.person("Hilda HR")), kafkaAndJava, 10))
                .isEmpty();
        assertDenied(() -> findPeopleBySkill.find(employee(world.person("Ann Smith")), kafkaAndJava, 10));
        assertDenied(() -> findPeopleBySkill.find(admin(world.person("Ada Admin")), kafkaAndJava, 10));
    }

    @Test
    void aSearchNamesOneToTenSkills() {
        var eleven = IntStream.range(0, 11)
                .mapToObj(i -> new SkillCriterion(world.skill("Skill " + i).id(), Level.AWARENESS))
                .toList();

        assertInvalid(
                () -> findPeopleBySkill.find(manager, List.of(), 10), "criteria", "Search for between 1 and 10 skills");
        assertInvalid(
                () -> findPeopleBySkill.find(manager, eleven, 10), "criteria", "Search for between 1 and 10 skills");
        assertThat(findPeopleBySkill.find(manager, eleven.subList(0, 10), 10)).isEmpty();
    }

    @Test
    void aSearchAsksForOneTo500Results() {
        assertInvalid(
                () -> findPeopleBySkill.find(manager, kafkaAndJava, 0), "limit", "Ask for between 1 and 500 results");
        assertInvalid(
                () -> findPeopleBySkill.find(manager, kafkaAndJava, 501), "limit", "Ask for between 1 and 500 results");
        assertThat(findPeopleBySkill.find(manager, kafkaAndJava, 500)).isEmpty();
    }

    @Test
    void eachSkillIsFromTheCatalogAndNamedOnce() {
        assertInvalid(
                () -> findPeopleBySkill.find(manager, List.of(new SkillCriterion(SkillId.random(), Level.EXPERT)), 10),
                "skill",
                "Choose skills from the catalog");
        assertInvalid(
                () -> findPeopleBySkill.find(
                        manager,
                        List.of(
                                new SkillCriterion(java.id(), Level.EXPERT),
                                new SkillCriterion(java.id(), Level.AWARENESS)),
                        10),
                "skill",
                "Name each skill once");
    }

    private void rate(Person person, Level kafkaLevel, Interest kafkaInterest, Level javaLevel, Interest javaInterest) {
        world.selfRated(person, kafka, kafkaLevel, kafkaInterest);
        world.selfRated(person, java, javaLevel, javaInterest);
    }
}
