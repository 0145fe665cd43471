package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Teams, the team matrix and team targets, with versions on every edit. */
class TeamApiIT extends ApiIT {

    @Test
    void hrAndAdminsSeeEveryTeamAManagerTheirsAnEmployeeNone() {
        var all = teams.all().size();

        assertThat(api().as("hr").get("/api/v1/teams?size=200").items()).hasSize(all);
        assertThat(api().as("admin").get("/api/v1/teams?size=200").items()).hasSize(all);
        assertThat(api().as("manager").get("/api/v1/teams").items())
                .extracting(team -> team.get("name"))
                .contains("Payments")
                .doesNotContain(otherTeam().name());
        assertThat(api().as("employee").get("/api/v1/teams").items()).isEmpty();
        assertThat(api().as("hr").get("/api/v1/teams?q=pay").items())
                .extracting(team -> team.get("name"))
                .containsExactly("Payments");
    }

    @Test
    void aTeamNamesItsMembersAndManagers() {
        var answer = api().as("manager").get("/api/v1/teams/" + payments().id());

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        assertThat(answer.etag()).isEqualTo("\"" + payments().version() + "\"");
        @SuppressWarnings("unchecked")
        var managers = (List<Map<String, Object>>) answer.json().get("managers");
        assertThat(managers).extracting(manager -> manager.get("name")).contains("Maya Schmidt");
        assertProblem(api().as("manager").get("/api/v1/teams/" + otherTeam().id()), 403);
        assertProblem(api().as("employee").get("/api/v1/teams/" + payments().id()), 403);
        assertProblem(api().as("hr").get("/api/v1/teams/" + UUID.randomUUID()), 404);
    }

    @Test
    void hrAddsATeamAndSetsItsPeopleNamingTheVersion() {
        var hr = api().as("hr");
        var name = "Team " + UUID.randomUUID().toString().substring(0, 8);

        var added = hr.post("/api/v1/teams", Map.of("name", name));
        assertThat(added.status()).as(added.describe()).isEqualTo(201);
        var path = added.header("Location");
        var body = Map.of("name", name, "members", List.of(employeeId()), "managers", List.of(managerId()));
        var changed = hr.put(path, body, "If-Match", added.etag());

        assertThat(changed.status()).as(changed.describe()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var members = (List<Map<String, Object>>) changed.json().get("members");
        assertThat(members)
                .extracting(member -> member.get("id"))
                .containsExactly(employeeId().toString());
        assertProblem(hr.put(path, body, "If-Match", added.etag()), 412);
        assertProblem(
                hr.put(
                        path,
                        Map.of("name", name, "members", List.of(UUID.randomUUID()), "managers", List.of()),
                        "If-Match",
                        changed.etag()),
                400);
        assertProblem(api().as("manager").put(path, body, "If-Match", changed.etag()), 403);
    }

    @Test
    void aStaleEditOfATeamSaysWhoChangedItAndWhen() {
        var name = "Team " + UUID.randomUUID().toString().substring(0, 8);
        var added = api().as("hr").post("/api/v1/teams", Map.of("name", name));
        var path = added.header("Location");
        var body = Map.of("name", name, "members", List.of(employeeId()), "managers", List.of());
        assertThat(api().as("hr").put(path, body, "If-Match", added.etag()).status())
                .isEqualTo(200);

        var lost = assertProblem(api().as("admin").put(path, body, "If-Match", added.etag()), 412);

        assertThat(lost).containsEntry("changedBy", "Hannah Ruiz");
        assertThat(lost.get("detail"))
                .asString()
                .startsWith("Team '" + name + "' was changed by someone else in the meantime")
                .contains("The last change was made by Hannah Ruiz at ");
        assertThat(lost.get("changedAt")).asString().satisfies(Instant::parse);
    }

    @Test
    void aTeamsTargetsComeInTheCatalogsOrder() {
        var positions = new HashMap<String, Integer>();
        catalog.skills().forEach(skill -> positions.put(skill.id().toString(), positions.size()));

        var listed = api().as("manager")
                .get("/api/v1/teams/" + payments().id() + "/targets?size=200")
                .items();

        assertThat(listed).hasSizeGreaterThan(1);
        assertThat(listed)
                .extracting(target -> positions.get((String) target.get("skill")))
                .isSorted();
    }

    @Test
    void theTargetsOfATeamThatDoesNotExistAreNotFound() {
        assertProblem(api().as("hr").get("/api/v1/teams/" + UUID.randomUUID() + "/targets"), 404);
    }

    @Test
    void theTeamMatrixHasACellPerMemberAndSkillRated() {
        var answer = api().as("manager").get("/api/v1/teams/" + payments().id() + "/matrix");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        var matrix = answer.json();
        assertThat(matrix).containsEntry("team", payments().id().toString());
        @SuppressWarnings("unchecked")
        var cells = (List<Map<String, Object>>) matrix.get("cells");
        assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell).containsKeys("person", "skill", "level"));
        assertProblem(api().as("manager").get("/api/v1/teams/" + otherTeam().id() + "/matrix"), 403);
    }

    @Test
    void aManagerAddsChangesAndRemovesATargetEachStepNamingTheVersion() {
        var manager = api().as("manager");
        var skill = activeSkill(60).id();
        var path = "/api/v1/teams/" + payments().id() + "/targets/" + skill;
        var existing = manager.get(path);
        if (existing.status() == 200) {
            manager.delete(path, "If-Match", existing.etag());
        }

        var added = manager.put(path, Map.of("level", 3, "headcount", 2));
        assertThat(added.status()).as(added.describe()).isEqualTo(201);
        assertThat(added.json())
                .containsEntry("level", 3)
                .containsEntry("headcount", 2)
                .containsEntry("version", 0);
        assertThat(added.header("Location")).isEqualTo(path);

        assertProblem(manager.put(path, Map.of("level", 3, "headcount", 3)), 428);
        assertProblem(manager.put(path, Map.of("level", 3, "headcount", 3), "If-None-Match", "*"), 412);
        var changed = manager.put(path, Map.of("level", 4, "headcount", 1), "If-Match", added.etag());
        assertThat(changed.status()).as(changed.describe()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"1\"");
        var stale = assertProblem(manager.put(path, Map.of("level", 2, "headcount", 1), "If-Match", added.etag()), 412);
        var staleBody = assertProblem(manager.put(path, Map.of("level", 2, "headcount", 1, "version", 0)), 409);
        for (var lost : List.of(stale, staleBody)) {
            assertThat(lost).containsEntry("changedBy", "Maya Schmidt");
            assertThat(lost.get("detail")).asString().contains("The last change was made by Maya Schmidt at ");
            assertThat(lost.get("changedAt")).asString().satisfies(Instant::parse);
        }

        assertThat(manager.get(path).json()).containsEntry("level", 4).containsEntry("headcount", 1);
        assertThat(manager.get("/api/v1/teams/" + payments().id() + "/targets?size=200")
                        .items())
                .extracting(target -> target.get("skill"))
                .contains(skill.toString());

        assertProblem(manager.delete(path), 428);
        assertProblem(manager.delete(path, "If-Match", added.etag()), 412);
        var removed = manager.delete(path, "If-Match", changed.etag());
        assertThat(removed.status()).as(removed.describe()).isEqualTo(204);
        assertProblem(manager.get(path), 404);
    }

    @Test
    void invalidTargetsAre400AndOnlyTheTeamsManagersSetThem() {
        var skill = activeSkill(61).id();
        var own = "/api/v1/teams/" + payments().id() + "/targets/" + skill;
        var other = "/api/v1/teams/" + otherTeam().id() + "/targets/" + skill;
        var before = rowCounts();

        assertProblem(api().as("manager").put(own, Map.of("level", 0, "headcount", 2)), 400);
        assertProblem(api().as("manager").put(own, Map.of("level", 3, "headcount", 1001)), 400);
        assertProblem(api().as("manager").put(own, Map.of("level", 3, "headcount", 1), "If-None-Match", "\"1\""), 400);
        assertProblem(api().as("manager").put(other, Map.of("level", 3, "headcount", 2)), 403);
        assertProblem(api().as("hr").put(own, Map.of("level", 3, "headcount", 2)), 403);
        assertProblem(api().as("employee").put(own, Map.of("level", 3, "headcount", 2)), 403);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(api().as("hr")
                        .get("/api/v1/teams/" + otherTeam().id() + "/targets")
                        .status())
                .isEqualTo(200);
    }
}
