package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.springframework.beans.factory.annotation.Autowired;

/** Gap analysis of a team, of the organisation and of a person, each for those who may read it. */
class GapApiIT extends ApiIT {

    @Test
    void aTeamsGapsListEverySkillRiskiestFirstWithItsRollUps() {
        var answer = api().as("manager").get("/api/v1/teams/" + payments().id() + "/gaps");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        var gaps = answer.json();
        assertThat(gaps).containsEntry("name", "Payments");
        @SuppressWarnings("unchecked")
        var skills = (List<Map<String, Object>>) gaps.get("skills");
        assertThat(skills).hasSize((int)
                catalog.skills().stream().filter(skill -> skill.active()).count());
        var shortfalls =
                skills.stream().map(skill -> (Integer) skill.get("shortfall")).toList();
        assertThat(shortfalls).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(skills)
                .allSatisfy(skill -> assertThat(skill)
                        .containsKeys("skillName", "countingLevel", "required", "holders", "singlePointOfFailure"));
        assertThat(gaps.get("categories"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .isNotEmpty();
        assertThat(api().as("hr")
                        .get("/api/v1/teams/" + payments().id() + "/gaps")
                        .status())
                .isEqualTo(200);
        assertProblem(api().as("manager").get("/api/v1/teams/" + otherTeam().id() + "/gaps"), 403);
        assertProblem(api().as("employee").get("/api/v1/teams/" + payments().id() + "/gaps"), 403);
    }

    @Test
    void aTeamsTrendEndsWithTodaysGapsAndTheOrganisationsIsForHr() {
        var answer = api().as("manager").get("/api/v1/teams/" + payments().id() + "/gaps/trend");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var points = (List<Map<String, Object>>) answer.json().get("points");
        assertThat(points).hasSize(9);
        assertThat(points.getFirst()).containsKeys("quarter", "asOf", "categories");
        var now = points.getLast();
        assertThat(now.get("quarter")).isNull();
        @SuppressWarnings("unchecked")
        var skills = (List<Map<String, Object>>) api().as("manager")
                .get("/api/v1/teams/" + payments().id() + "/gaps")
                .json()
                .get("skills");
        assertThat(now.get("targetsMet")).isEqualTo((int) skills.stream()
                .filter(skill -> Boolean.TRUE.equals(skill.get("targetMet")))
                .count());
        assertThat(now.get("singlePointsOfFailure")).isEqualTo((int) skills.stream()
                .filter(skill -> Boolean.TRUE.equals(skill.get("singlePointOfFailure")))
                .count());
        assertProblem(api().as("manager").get("/api/v1/teams/" + otherTeam().id() + "/gaps/trend"), 403);

        var organisation = api().as("hr").get("/api/v1/organisation/gaps/trend");
        assertThat(organisation.status()).as(organisation.describe()).isEqualTo(200);
        assertThat(organisation.json().get("points"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .hasSize(9);
        assertProblem(api().as("manager").get("/api/v1/organisation/gaps/trend"), 403);
    }

    @Test
    void theOrganisationsGapsAreForHrAPageAtATime() {
        var answer = api().as("hr").get("/api/v1/organisation/gaps?size=10");
        var bySkill = api().as("hr").get("/api/v1/organisation/gaps?size=10&sort=skill");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        assertThat(answer.items())
                .hasSize(10)
                .allSatisfy(skill -> assertThat(skill)
                        .containsKeys("skill", "skillName", "holders", "teamsWithTarget", "teamsShort", "shortfall"));
        var names = bySkill.items().stream()
                .map(skill -> (String) skill.get("skillName"))
                .toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        for (var user : List.of("employee", "manager", "admin")) {
            assertProblem(api().as(user).get("/api/v1/organisation/gaps"), 403);
        }
    }

    @Autowired
    Assessments assessments;

    @Test
    void theOrganisationsGapsGiveNoCountOfFewerThanFivePeopleButNameTheSoleHolder() {
        var alone = catalog.add(new Skill(
                SkillId.random(), activeSkill(0).category(), "Held alone " + UUID.randomUUID(), null, 0, false, 0));
        assessments.append(Assessment.self(
                new PersonId(employeeId()), alone.id(), Level.EXPERT, Interest.NEUTRAL, Instant.now(), null));

        var items = api().as("hr").get("/api/v1/organisation/gaps?size=200").items();

        assertThat(items).isNotEmpty().allSatisfy(skill -> {
            if (skill.get("holders") == null) {
                assertThat(skill.get("holdersFewerThan")).isEqualTo(5);
            } else {
                assertThat(skill.get("holdersFewerThan")).isNull();
                assertThat((Integer) skill.get("holders"))
                        .satisfiesAnyOf(
                                holders -> assertThat(holders).isZero(),
                                holders -> assertThat(holders).isGreaterThanOrEqualTo(5));
            }
        });
        // held by one person: the count is hidden, the holder still named, as HR may read everyone's ratings
        assertThat(items)
                .filteredOn(skill -> alone.id().value().toString().equals(skill.get("skill")))
                .singleElement()
                .satisfies(skill -> {
                    assertThat(skill.get("holders")).isNull();
                    assertThat(skill.get("holdersFewerThan")).isEqualTo(5);
                    assertThat(skill.get("singlePointOfFailure")).isEqualTo(true);
                    assertThat(skill.get("soleHolder")).isEqualTo(employeeId().toString());
                });
    }

    @Test
    void aPersonsGapsAgainstTheirRoleProfile() {
        var answer = api().as("employee").get("/api/v1/people/" + employeeId() + "/gaps");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        assertThat(answer.json()).containsKeys("person", "roleProfile", "roleProfileName", "gaps");
        assertThat(api().as("manager")
                        .get("/api/v1/people/" + employeeId() + "/gaps")
                        .status())
                .isEqualTo(200);
        assertProblem(api().as("manager").get("/api/v1/people/" + outsiderId() + "/gaps"), 403);
    }
}
