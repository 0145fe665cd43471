package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every error answer of the API through the whole stack — the security filters, the controllers, the domain — as
 * problem details without a trace of the implementation; and nothing written for any of them.
 */
class ApiErrorsIT extends ApiIT {

    @Test
    void noTokenIs401() {
        var problem = assertProblem(api().anonymous().get("/api/v1/skills"), 401);

        assertThat(problem.get("detail")).asString().contains("Authorization: Bearer");
        // any path of the API, also one that no controller answers: signing in comes first
        assertProblem(api().anonymous().get("/api/v1/test-only/failure"), 401);
    }

    @Test
    void anAccountWithoutRolesIs403() {
        assertProblem(api().as("noroles").get("/api/v1/skills"), 403);
    }

    @Test
    void whatThePolicyDeniesIs403() {
        var problem = assertProblem(api().as("employee").get("/api/v1/people"), 403);

        assertThat(problem.get("detail")).isEqualTo("You are not allowed to change people or teams");
    }

    @Test
    void anUnknownIdIs404AndAnUnknownPathToo() {
        var skill = assertProblem(api().as("employee").get("/api/v1/skills/" + UUID.randomUUID()), 404);
        var path = assertProblem(api().as("employee").get("/api/v1/nothing/here"), 404);

        assertThat(skill.get("detail")).asString().startsWith("Skill ").endsWith(" does not exist");
        assertThat(path.get("detail")).isEqualTo("There is no /api/v1/nothing/here in the API");
        assertThat(path.get("instance")).isEqualTo("/api/v1/nothing/here");
    }

    @Test
    void aMalformedIdIs400() {
        var problem = assertProblem(api().as("employee").get("/api/v1/skills/not-an-id"), 400);

        assertThat(errors(problem)).containsExactly(Map.of("field", "id", "message", "must be an id (a UUID)"));
    }

    @Test
    void malformedJsonIs400AndWritesNothing() {
        var before = rowCounts();

        var problem = assertProblem(api().as("employee").post("/api/v1/me/assessments", "{\"skill\": \"x"), 400);

        assertThat(problem.get("detail")).asString().startsWith("The request body is not well-formed JSON");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void invalidValuesAre400ListingEveryField() {
        var problem = assertProblem(
                api().as("employee").post("/api/v1/me/assessments", Map.of("level", 7, "evidence", "x")), 400);

        assertThat(errors(problem))
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("skill", "level", "interest");
    }

    @Test
    void theWrongMethodIs405WithAllow() {
        var answer = api().as("employee").delete("/api/v1/me");

        assertProblem(answer, 405);
        assertThat(answer.header("Allow")).contains("GET");
    }

    @Test
    void theWrongContentTypeIs415() {
        var answer = api().as("employee")
                .send("POST", "/api/v1/me/assessments", HttpRequest.BodyPublishers.ofString("level=3"), "text/plain");

        assertProblem(answer, 415);
    }

    @Test
    void anAcceptTheResourceCannotAnswerIs406() {
        assertProblem(api().as("employee").get("/api/v1/skills", "Accept", "application/pdf"), 406);
    }

    @Test
    void aJsonBodyOverTheLimitIs413AndIsNotRead() {
        var huge = "{\"evidence\":\"" + "x".repeat(1_000_001) + "\"}";

        var problem = assertProblem(api().as("employee").post("/api/v1/me/assessments", huge), 413);

        assertThat(problem.get("detail")).asString().contains("at most 1,000,000");
    }

    @Test
    void aJsonBodySentInChunksIsCutOffAt413AndWritesNothing() {
        var rating = "{\"skill\":\"" + activeSkill(9).id() + "\",\"level\":2,\"interest\":\"NEUTRAL\"";
        var padded = (rating + " ".repeat(1_000_000) + "}").getBytes(StandardCharsets.UTF_8);
        // A publisher of unknown length: the client sends the body in chunks, with no Content-Length.
        var chunked = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(padded));
        var before = rowCounts();

        var problem = assertProblem(
                api().as("employee").send("POST", "/api/v1/me/assessments", chunked, "application/json"), 413);

        assertThat(problem.get("detail")).asString().contains("at most 1,000,000");
        assertThat(rowCounts()).isEqualTo(before);
    }
}
