package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

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

    @Test
    void theOrganisationsGapsGiveNoCountOfFewerThanFivePeopleButNameTheSoleHolder() {
        var items = api().as("hr").get("/api/v1/organisation/gaps?size=100").items();

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
        // a single point of failure keeps its holder's name: HR may read everyone's ratings
        assertThat(items)
                .filteredOn(skill -> Boolean.TRUE.equals(skill.get("singlePointOfFailure")))
                .isNotEmpty()
                .allSatisfy(skill -> {
                    assertThat(skill.get("holders")).isNull();
                    assertThat(skill.get("soleHolder")).isNotNull();
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
