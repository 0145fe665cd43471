package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ratings through the API: employees rate themselves, managers their teams' members; history is kept. */
class AssessmentApiIT extends ApiIT {

    @Test
    void anEmployeeRatesThemselvesAndFindsTheRatingInTheirHistory() {
        var skill = activeSkill(3);
        var employee = api().as("employee");

        var rated = employee.post(
                "/api/v1/me/assessments",
                Map.of("skill", skill.id().value(), "level", 3, "interest", "WANTS_TO_GROW", "evidence", "API test"));

        assertThat(rated.status()).as(rated.describe()).isEqualTo(201);
        assertThat(rated.json())
                .containsEntry("person", employeeId().toString())
                .containsEntry("assessor", employeeId().toString())
                .containsEntry("source", "SELF")
                .containsEntry("level", 3)
                .containsEntry("interest", "WANTS_TO_GROW");
        var history = employee.get("/api/v1/me/assessments?skill=" + skill.id() + "&source=SELF");
        assertThat(history.items().getFirst())
                .containsEntry("evidence", "API test")
                .containsEntry("assessedAt", rated.json().get("assessedAt"));
        var ratings = employee.get("/api/v1/people/" + employeeId() + "/ratings?size=200")
                .items();
        assertThat(ratings)
                .filteredOn(rating -> rating.get("skill").equals(skill.id().toString()))
                .singleElement()
                .satisfies(rating -> assertThat(rating).containsEntry("selfLevel", 3));
    }

    @Test
    void aManagerRatesAMemberOfTheirTeamAndThatLevelCounts() {
        var skill = activeSkill(4);

        var rated = api().as("manager")
                .post(
                        "/api/v1/people/" + employeeId() + "/assessments",
                        Map.of("skill", skill.id().value(), "level", 2, "evidence", "Pairing review"));

        assertThat(rated.status()).as(rated.describe()).isEqualTo(201);
        assertThat(rated.json())
                .containsEntry("source", "MANAGER")
                .containsEntry("assessor", managerId().toString());
        var ratings = api().as("hr")
                .get("/api/v1/people/" + employeeId() + "/ratings?size=200")
                .items();
        assertThat(ratings)
                .filteredOn(rating -> rating.get("skill").equals(skill.id().toString()))
                .singleElement()
                .satisfies(rating ->
                        assertThat(rating).containsEntry("managerLevel", 2).containsEntry("level", 2));
        var history = api().as("manager").get("/api/v1/people/" + employeeId() + "/assessments?source=MANAGER");
        assertThat(history.items().getFirst()).containsEntry("skill", skill.id().toString());
    }

    @Test
    void ratingsOutsideTheRulesAre403AndWriteNothing() {
        var body = Map.of("skill", activeSkill(5).id().value(), "level", 2);
        var before = rowCounts();

        assertProblem(api().as("manager").post("/api/v1/people/" + outsiderId() + "/assessments", body), 403);
        assertProblem(api().as("manager").post("/api/v1/people/" + managerId() + "/assessments", body), 403);
        assertProblem(api().as("employee").post("/api/v1/people/" + managerId() + "/assessments", body), 403);
        for (var user : List.of("hr", "admin")) {
            assertProblem(api().as(user).post("/api/v1/people/" + employeeId() + "/assessments", body), 403);
        }
        assertProblem(
                api().as("noroles")
                        .post(
                                "/api/v1/me/assessments",
                                Map.of("skill", activeSkill(5).id().value(), "level", 2, "interest", "NEUTRAL")),
                403);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void invalidRatingsAre400AtTheField() {
        var employee = api().as("employee");

        var level = assertProblem(
                employee.post(
                        "/api/v1/me/assessments",
                        Map.of("skill", activeSkill(1).id().value(), "level", 5, "interest", "NEUTRAL")),
                400);
        var unknownSkill = assertProblem(
                employee.post(
                        "/api/v1/me/assessments",
                        Map.of("skill", java.util.UUID.randomUUID(), "level", 1, "interest", "NEUTRAL")),
                400);
        var evidence = assertProblem(
                employee.post(
                        "/api/v1/me/assessments",
                        Map.of(
                                "skill",
                                activeSkill(1).id().value(),
                                "level",
                                1,
                                "interest",
                                "NEUTRAL",
                                "evidence",
                                "x".repeat(2001))),
                400);

        assertThat(errors(level))
                .singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "level"));
        assertThat(errors(unknownSkill))
                .singleElement()
                .satisfies(error -> assertThat(error)
                        .containsEntry("field", "skill")
                        .containsEntry("message", "Choose a skill from the catalog"));
        assertThat(errors(evidence))
                .singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "evidence"));
    }

    @Test
    void historyIsReadByThePersonTheirManagersAndHrOnly() {
        var path = "/api/v1/people/" + employeeId() + "/assessments";

        assertThat(api().as("employee").get(path).status()).isEqualTo(200);
        assertThat(api().as("manager").get(path).status()).isEqualTo(200);
        assertThat(api().as("hr").get(path).status()).isEqualTo(200);
        assertProblem(api().as("admin").get(path), 403);
        assertProblem(api().as("manager").get("/api/v1/people/" + outsiderId() + "/assessments"), 403);
    }
}
