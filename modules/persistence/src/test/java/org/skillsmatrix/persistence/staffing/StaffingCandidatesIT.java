package org.skillsmatrix.persistence.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.skillsmatrix.domain.search.SkillCriterion;
import org.skillsmatrix.domain.staffing.Candidate;
import org.skillsmatrix.domain.staffing.StaffingCandidates;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

class StaffingCandidatesIT extends PersistenceIT {

    static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

    @Autowired
    StaffingCandidates candidates;

    @Autowired
    Assessments assessments;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    Catalog catalog;

    @Test
    void activePeopleMeetingAnyCriterionWithTheLevelsTheyMeetAndTheirTeams() {
        var java = catalog.skills().get(0);
        var sql = catalog.skills().get(1);
        var testPeople = new TestPeople(people);
        var boss = testPeople.add("Barbara Boss");
        var ada = testPeople.add("Ada Lovelace");
        var grace = testPeople.add("Grace Hopper");
        var linus = testPeople.add("Linus Torvalds");
        var gone = testPeople.add("Gone Person", false);
        var search = new Team(TeamId.random(), "Search", Set.of(ada.id(), grace.id()), Set.of(boss.id()), 0);
        teams.add(search);
        teams.add(new Team(TeamId.random(), "Payments", Set.of(ada.id(), linus.id()), Set.of(boss.id()), 0));
        assessments.appendAll(List.of(
                self(ada, java, Level.EXPERT),
                self(ada, sql, Level.AWARENESS),
                // Grace rated herself 4 in SQL; her manager's 3 counts
                self(grace, sql, Level.EXPERT),
                Assessment.byManager(grace.id(), sql.id(), Level.PROFICIENT, boss.id(), T0.plusSeconds(7200), null),
                // Linus meets neither minimum
                self(linus, java, Level.WORKING_KNOWLEDGE),
                self(gone, java, Level.EXPERT)));
        var criteria = List.of(
                new SkillCriterion(java.id(), Level.PROFICIENT), new SkillCriterion(sql.id(), Level.PROFICIENT));

        var found = candidates.meetingAny(criteria, Set.of());

        assertThat(found)
                .containsExactlyInAnyOrder(
                        new Candidate(
                                ada.id(),
                                "Ada Lovelace",
                                List.of("Payments", "Search"),
                                Map.of(java.id(), Level.EXPERT)),
                        new Candidate(
                                grace.id(), "Grace Hopper", List.of("Search"), Map.of(sql.id(), Level.PROFICIENT)));
        assertThat(candidates.meetingAny(criteria, Set.of(TeamId.random()))).isEmpty();
        assertThat(candidates.meetingAny(List.of(new SkillCriterion(sql.id(), Level.PROFICIENT)), Set.of(search.id())))
                .extracting(Candidate::name)
                .containsExactly("Grace Hopper");
    }

    private static Assessment self(Person person, Skill skill, Level level) {
        return Assessment.self(person.id(), skill.id(), level, Interest.NEUTRAL, T0.plusSeconds(3600), null);
    }
}
