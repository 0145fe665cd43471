package org.skillsmatrix.api.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.NotYetComputed;
import org.skillsmatrix.domain.conflict.LastChange;
import org.skillsmatrix.domain.scale.Interest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Every kind of error, answered as problem details by the one advice, without a trace of the implementation. */
class ApiErrorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Probe())
            .setControllerAdvice(new ApiErrors())
            .build();

    @Test
    void malformedJsonIs400WithWhereItBroke() throws Exception {
        var problem = problem(
                post("/api/v1/probe").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "), 400);

        assertThat(problem.get("detail")).asString().startsWith("The request body is not well-formed JSON");
    }

    @Test
    void aMissingBodyIs400() throws Exception {
        var problem = problem(post("/api/v1/probe").contentType(MediaType.APPLICATION_JSON), 400);

        assertThat(problem.get("detail")).isEqualTo("The request needs a body");
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheFieldAndWhatItMustBe() throws Exception {
        var problem = problem(
                post("/api/v1/probe")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"level\":\"high\",\"interest\":\"NEUTRAL\"}"),
                400);

        assertThat(errors(problem)).containsExactly(Map.of("field", "level", "message", "must be a whole number"));
    }

    @Test
    void anUnknownEnumValueNamesTheValuesThereAre() throws Exception {
        var problem = problem(
                post("/api/v1/probe")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"level\":1,\"interest\":\"KEEN\"}"),
                400);

        assertThat(errors(problem))
                .containsExactly(
                        Map.of("field", "interest", "message", "must be one of WANTS_TO_GROW, NEUTRAL, RATHER_NOT"));
    }

    @Test
    void everyInvalidFieldIsListed() throws Exception {
        var problem = problem(
                post("/api/v1/probe").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \",\"level\":9}"),
                400);

        assertThat(problem.get("detail")).isEqualTo("The request has invalid values");
        assertThat(errors(problem))
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("name", "level", "interest");
    }

    @Test
    void theDomainsRefusalsMapToTheirStatus() throws Exception {
        assertThat(errors(problem(get("/api/v1/probe/invalid"), 400)))
                .containsExactly(
                        Map.of("field", "level", "message", "Level must be between 0 (None) and 4 (Expert), not 7"));
        assertThat(problem(get("/api/v1/probe/missing"), 404).get("detail")).isEqualTo("Skill 42 does not exist");
        assertThat(problem(get("/api/v1/probe/denied"), 403).get("detail")).isEqualTo("You are not allowed to do that");
    }

    @Test
    void workThatCannotStartNowIs503WithRetryAfter() throws Exception {
        var result = mvc.perform(get("/api/v1/probe/busy")).andReturn();

        var problem = assertProblem(result, 503);
        assertThat(problem.get("detail")).isEqualTo("Too many exports; try again in a minute");
        assertThat(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
    }

    @Test
    void anAnswerStillBeingComputedAfterTheStartIs503WithAShorterRetryAfter() throws Exception {
        var result = mvc.perform(get("/api/v1/probe/not-yet")).andReturn();

        var problem = assertProblem(result, 503);
        assertThat(problem.get("detail"))
                .isEqualTo("The answer is still being computed after the application started; try again in a few"
                        + " seconds");
        assertThat(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
    }

    @Test
    void aLostRaceIs409ForABodyVersionAnd412ForIfMatch() throws Exception {
        var plain = problem(put("/api/v1/probe/race"), 409);
        var conditional = problem(put("/api/v1/probe/race").header(HttpHeaders.IF_MATCH, "\"3\""), 412);

        assertThat(plain.get("detail")).asString().contains("changed by someone else");
        assertThat(conditional.get("detail")).isEqualTo(plain.get("detail"));
    }

    @Test
    void aLostRaceExplainedNamesWhoChangedItAndWhen() throws Exception {
        var plain = problem(put("/api/v1/probe/explained"), 409);
        var conditional = problem(put("/api/v1/probe/explained").header(HttpHeaders.IF_MATCH, "\"3\""), 412);

        assertThat(plain)
                .containsEntry("changedBy", "Maya Schmidt")
                .containsEntry("changedAt", "2026-01-20T09:30:15.123456Z")
                .containsEntry(
                        "detail",
                        "The skill was changed by someone else in the meantime; reload it and apply your change again."
                                + " The last change was made by Maya Schmidt at 2026-01-20T09:30:15Z.");
        assertThat(conditional)
                .containsEntry("changedBy", plain.get("changedBy"))
                .containsEntry("changedAt", plain.get("changedAt"))
                .containsEntry("detail", plain.get("detail"));
    }

    @Test
    void anEditWithoutAVersionIs428AndAMalformedIfMatch400() throws Exception {
        problem(put("/api/v1/probe/versioned"), 428);
        assertThat(errors(problem(put("/api/v1/probe/versioned").header(HttpHeaders.IF_MATCH, "soon"), 400)))
                .extracting(error -> error.get("field"))
                .containsExactly("If-Match");
    }

    @Test
    void aBadPathVariableOrParameterIs400NamingIt() throws Exception {
        assertThat(errors(problem(get("/api/v1/probe/items/not-a-uuid"), 400)))
                .containsExactly(Map.of("field", "id", "message", "must be an id (a UUID)"));
        assertThat(errors(problem(get("/api/v1/probe/count"), 400)))
                .containsExactly(Map.of("field", "n", "message", "is required"));
        assertThat(errors(problem(get("/api/v1/probe/count").param("n", "x"), 400)))
                .containsExactly(Map.of("field", "n", "message", "must be a whole number"));
    }

    @Test
    void theWrongMethodIs405WithAllow() throws Exception {
        var result = mvc.perform(post("/api/v1/probe/missing")).andReturn();

        assertProblem(result, 405);
        assertThat(result.getResponse().getHeader(HttpHeaders.ALLOW)).contains("GET");
    }

    @Test
    void anUnsupportedContentTypeIs415() throws Exception {
        var problem =
                problem(post("/api/v1/probe").contentType(MediaType.TEXT_PLAIN).content("hello"), 415);

        assertThat(problem.get("detail"))
                .asString()
                .contains("application/json")
                .contains("text/plain");
    }

    @Test
    void anUnacceptableAcceptIs406() throws Exception {
        problem(get("/api/v1/probe/items/" + UUID.randomUUID()).accept(MediaType.APPLICATION_PDF), 406);
    }

    @Test
    void aBodyIsCutOffWhenWhatIsReadOfItPassesTheLimitWhateverItsLengthSays() throws Exception {
        var capped = MockMvcBuilders.standaloneSetup(new Probe())
                .setControllerAdvice(new ApiErrors())
                .addFilters(new BodyCap())
                .build();
        var start = "{\"name\":\"A\",\"level\":1,\"interest\":\"NEUTRAL\"";
        var within = start + " ".repeat((int) BodyLimit.MAX_BYTES - start.length() - 1) + "}";
        var beyond = start + " ".repeat((int) BodyLimit.MAX_BYTES) + "}";
        var inAValue = "{\"name\":\"" + "x".repeat((int) BodyLimit.MAX_BYTES) + "\"}";

        var fits = capped.perform(post("/api/v1/probe")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(within))
                .andReturn();
        var tooLarge = assertProblem(
                capped.perform(post("/api/v1/probe")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(beyond))
                        .andReturn(),
                413);
        assertProblem(
                capped.perform(post("/api/v1/probe")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(inAValue))
                        .andReturn(),
                413);

        assertThat(fits.getResponse().getStatus()).isEqualTo(200);
        assertThat(tooLarge.get("detail")).asString().contains("at most 1,000,000 bytes");
    }

    @Test
    void tooLargeIs413() throws Exception {
        problem(get("/api/v1/probe/large"), 413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"npe", "sql", "state"})
    void anythingUnexpectedIs500WithAnErrorIdAndNothingOfTheImplementation(String kind) throws Exception {
        var result = mvc.perform(get("/api/v1/probe/boom").param("kind", kind)).andReturn();
        var problem = assertProblem(result, 500);
        var body = result.getResponse().getContentAsString();

        assertThat(problem.get("errorId")).asString().hasSize(36);
        assertThat(problem.get("detail"))
                .asString()
                .contains(problem.get("errorId").toString());
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("org.")
                .doesNotContain("java.")
                .doesNotContain("SQL")
                .doesNotContain("select")
                .doesNotContain("secret")
                .doesNotContain("Probe");
    }

    @Test
    void requestsOutsideTheApiAreLeftToTheApplication() {
        var outside = MockMvcBuilders.standaloneSetup(new Probe())
                .setControllerAdvice(new ApiErrors())
                .build();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> outside.perform(get("/elsewhere/boom")).andReturn())
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    private Map<String, Object> problem(MockHttpServletRequestBuilder request, int status) throws Exception {
        return assertProblem(mvc.perform(request).andReturn(), status);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.get("errors");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> assertProblem(MvcResult result, int status) throws Exception {
        var response = result.getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> problem = JSON.readValue(response.getContentAsString(), Map.class);
        assertThat(problem)
                .containsEntry("type", "about:blank")
                .containsEntry("status", status)
                .containsKeys("title", "detail", "instance");
        assertThat(problem.get("instance")).isEqualTo(result.getRequest().getRequestURI());
        return problem;
    }

    record Body(
            @NotBlank @Nullable String name,
            @NotNull @Min(0) @Max(4) @Nullable Integer level,
            @NotNull @Nullable Interest interest) {}

    @RestController
    static class Probe {

        @PostMapping(path = "/api/v1/probe", consumes = MediaType.APPLICATION_JSON_VALUE)
        Body echo(@Valid @RequestBody Body body) {
            return body;
        }

        @GetMapping("/api/v1/probe/invalid")
        void invalid() {
            throw new InvalidInput("level", "level.out-of-range", 7);
        }

        @GetMapping("/api/v1/probe/missing")
        void missing() {
            throw new NotFound("Skill", 42);
        }

        @GetMapping("/api/v1/probe/denied")
        void denied() {
            throw new AccessDenied("You are not allowed to do that");
        }

        @GetMapping("/api/v1/probe/busy")
        void busy() {
            throw new Busy("Too many exports; try again in a minute");
        }

        @GetMapping("/api/v1/probe/not-yet")
        void notYet() {
            throw new NotYetComputed();
        }

        @PutMapping("/api/v1/probe/race")
        void race() {
            throw new ConcurrentEdit("The skill");
        }

        @PutMapping("/api/v1/probe/explained")
        void explained() {
            throw new LostRace(
                    new ConcurrentEdit("The skill").getMessage(),
                    new LastChange(
                            "Maya Schmidt", Instant.parse("2026-01-20T09:30:15.123456Z"), "skill.changed", "Java"));
        }

        @PutMapping("/api/v1/probe/versioned")
        void versioned(@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
            Versions.required(ifMatch);
        }

        @GetMapping(path = "/api/v1/probe/items/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Map<String, UUID> item(@PathVariable UUID id) {
            return Map.of("id", id);
        }

        @GetMapping("/api/v1/probe/count")
        int count(@RequestParam int n) {
            return n;
        }

        @GetMapping("/api/v1/probe/large")
        void large() {
            throw new PayloadTooLarge("The file is larger than 32 MB");
        }

        @GetMapping("/api/v1/probe/boom")
        void boom(@RequestParam String kind) {
            switch (kind) {
                case "npe" -> throw new NullPointerException("org.skillsmatrix.Probe.secret was null");
                case "sql" ->
                    throw new IllegalStateException(
                            "SQL error: select secret from person", new java.sql.SQLException("ERROR: relation"));
                default -> throw new IllegalStateException("java.lang.IllegalStateException at Probe.java:12");
            }
        }

        @GetMapping("/elsewhere/boom")
        void elsewhere() {
            throw new IllegalStateException("not the API's business");
        }
    }
}
