package org.skillsmatrix.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.search.PeopleSearch;
import org.skillsmatrix.domain.search.PersonMatch;
import org.skillsmatrix.domain.search.PersonMatch.MatchedSkill;
import org.skillsmatrix.domain.search.SkillCriterion;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleSearchIT extends PersistenceIT {

    static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

    @Autowired
    PeopleSearch search;

    @Autowired
    Assessments assessments;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    Catalog catalog;

    Skill java;
    Skill sql;
    Person boss;

    @BeforeEach
    void skills() {
        java = catalog.skills().get(0);
        sql = catalog.skills().get(1);
        boss = new TestPeople(people).add("Barbara Boss");
    }

    @Test
    void findsActivePeopleMeetingEveryCriterionBestFirst() {
        var testPeople = new TestPeople(people);
        var ada = testPeople.add("Ada Lovelace");
        var grace = testPeople.add("Grace Hopper");
        var alan = testPeople.add("Alan Turing");
        var linus = testPeople.add("Linus Torvalds");
        var gone = testPeople.add("Gone Person", false);
        teams.add(new Team(TeamId.random(), "Search", Set.of(ada.id(), grace.id()), Set.of(boss.id()), 0));
        teams.add(new Team(TeamId.random(), "Payments", Set.of(ada.id()), Set.of(boss.id()), 0));
        assessments.appendAll(List.of(
                // Ada: 4 + 3 = 7, wants to grow in neither
                self(ada, java, Level.EXPERT, Interest.NEUTRAL, 1),
                self(ada, sql, Level.PROFICIENT, Interest.RATHER_NOT, 1),
                // Grace: rated herself 4 + 4, but her manager's 3 wins on SQL: 7, wants to grow in both
                self(grace, java, Level.EXPERT, Interest.WANTS_TO_GROW, 1),
                self(grace, sql, Level.EXPERT, Interest.WANTS_TO_GROW, 1),
                Assessment.byManager(grace.id(), sql.id(), Level.PROFICIENT, boss.id(), T0.plusSeconds(7200), null),
                // Alan: 4 + 4 = 8, but only newest self-rating counts for Java: still 4
                self(alan, java, Level.AWARENESS, Interest.NEUTRAL, 1),
                self(alan, java, Level.EXPERT, Interest.NEUTRAL, 2),
                self(alan, sql, Level.EXPERT, Interest.NEUTRAL, 1),
                // Linus: SQL below the minimum now, though it once met it
                self(linus, java, Level.EXPERT, Interest.NEUTRAL, 1),
                self(linus, sql, Level.EXPERT, Interest.NEUTRAL, 1),
                Assessment.byManager(
                        linus.id(), sql.id(), Level.WORKING_KNOWLEDGE, boss.id(), T0.plusSeconds(9000), null),
                // Gone: would top the list, but is inactive
                self(gone, java, Level.EXPERT, Interest.NEUTRAL, 1),
                self(gone, sql, Level.EXPERT, Interest.NEUTRAL, 1)));

        var found = search.find(
                List.of(
                        new SkillCriterion(java.id(), Level.PROFICIENT),
                        new SkillCriterion(sql.id(), Level.PROFICIENT)),
                10);

        assertThat(found).extracting(PersonMatch::name).containsExactly("Alan Turing", "Grace Hopper", "Ada Lovelace");
        assertThat(found.get(1))
                .isEqualTo(new PersonMatch(
                        grace.id(),
                        "Grace Hopper",
                        List.of("Search"),
                        List.of(
                                new MatchedSkill(java.id(), Level.EXPERT, Interest.WANTS_TO_GROW),
                                new MatchedSkill(sql.id(), Level.PROFICIENT, Interest.WANTS_TO_GROW))));
        assertThat(found.get(2).teams()).containsExactly("Payments", "Search");
        assertThat(found.get(0).teams()).isEmpty();
    }

    @Test
    void keepsToTheLimitAndNeedsARatingInEverySearchedSkill() {
        var testPeople = new TestPeople(people);
        var ada = testPeople.add("Ada Lovelace");
        var grace = testPeople.add("Grace Hopper");
        assessments.appendAll(List.of(
                self(ada, java, Level.NONE, Interest.WANTS_TO_GROW, 1),
                self(grace, java, Level.AWARENESS, Interest.NEUTRAL, 1)));

        var anyLevel = List.of(new SkillCriterion(java.id(), Level.NONE));
        assertThat(search.find(anyLevel, 10))
                .extracting(PersonMatch::name)
                .containsExactly("Grace Hopper", "Ada Lovelace");
        assertThat(search.find(anyLevel, 1)).extracting(PersonMatch::name).containsExactly("Grace Hopper");
        assertThat(search.find(List.of(new SkillCriterion(sql.id(), Level.NONE)), 10))
                .isEmpty();
    }

    private static Assessment self(Person person, Skill skill, Level level, Interest interest, int hour) {
        return Assessment.self(person.id(), skill.id(), level, interest, T0.plusSeconds(3600L * hour), null);
    }
}
