package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin checks the read model against the history and rebuilds it over the API; nobody else may. The demo
 * organisation of the application as the README starts it, with its demo accounts over HTTP Basic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadModelApiIT {

    private static final String VERIFY = "/api/v1/admin/read-model/verify";
    private static final String REBUILD = "/api/v1/admin/read-model/rebuild";
    private static final List<String> TABLES = List.of(
            "assessment",
            "audit_entry",
            "current_rating",
            "skill_level_count",
            "team_level_count",
            "skill_level_change");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReadModelOfTheDemoOrganisationIsTheFoldOfItsHistoryAndTheCheckIsAudited() throws Exception {
        var answer = post("admin", VERIFY);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var check = json(answer);
        assertThat(check).containsEntry("consistent", true);
        assertThat(parts(check))
                .extracting(part -> part.get("name"))
                .containsExactly("current_rating", "skill_level_count", "team_level_count", "skill_level_change");
        assertThat(parts(check)).allSatisfy(part -> {
            assertThat(((Number) part.get("rows")).longValue()).isPositive();
            assertThat(((Number) part.get("differing")).longValue()).isZero();
        });
        assertThat(newestAuditAction()).isEqualTo("read-model.verified");
    }

    @Test
    void aCountGoneAstrayIsFoundAndTheRebuildMendsIt() throws Exception {
        jdbc.update("update team_level_count set people = people + 1"
                + " where ctid = (select min(ctid) from team_level_count)");

        var found = json(post("admin", VERIFY));
        var rebuilt = post("admin", REBUILD);

        assertThat(found).containsEntry("consistent", false);
        assertThat(parts(found))
                .filteredOn(part -> ((Number) part.get("differing")).longValue() > 0)
                .extracting(part -> part.get("name"))
                .containsExactly("team_level_count");
        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        assertThat(json(rebuilt)).containsEntry("consistent", true);
        assertThat(newestAuditAction()).isEqualTo("read-model.rebuilt");
        assertThat(json(post("admin", VERIFY))).containsEntry("consistent", true);
    }

    @Test
    void hrManagersAndEmployeesAreRefusedWithProblemDetailsAndNothingIsWritten() throws Exception {
        for (var user : List.of("hr", "manager", "employee")) {
            for (var path : List.of(VERIFY, REBUILD)) {
                var before = rowCounts();

                var answer = post(user, path);

                assertThat(answer.statusCode()).as(user + " " + path).isEqualTo(403);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(json(answer)).containsEntry("status", 403).containsKeys("type", "title", "detail");
                assertThat(rowCounts()).as(user + " " + path).isEqualTo(before);
            }
        }
    }

    private HttpResponse<String> post(String user, String path) throws IOException, InterruptedException {
        var credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(HttpResponse<String> answer) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = Answer.JSON.readValue(answer.body(), Map.class);
        return json;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parts(Map<String, Object> check) {
        return (List<Map<String, Object>>) check.get("parts");
    }

    private Map<String, Long> rowCounts() {
        var counts = new java.util.LinkedHashMap<String, Long>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }

    private String newestAuditAction() {
        return jdbc.queryForObject("select action from audit_entry order by at desc, id desc limit 1", String.class);
    }
}
