package org.skillsmatrix.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import org.skillsmatrix.app.keycloak.UsesKeycloak;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase;

/**
 * The API's throughput with the demo accounts (HTTP Basic) beside the same calls with Keycloak's bearer tokens, in
 * the same run: two nodes on one database, one in demo mode and one signing in through the real Keycloak of the
 * tests, each under wrk in turn on the same paths as the same person (the manager). A benchmark, not a test: it
 * prints its table (docs/performance.md) and asserts only that the calls succeed.
 */
@UsesKeycloak
class DemoApiRateBenchmark {

    private static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("benchmark.load-seconds", 10));
    private static final int CONNECTIONS = 32;

    @TempDir
    Path data;

    @Test
    void demo_accounts_beside_bearer_tokens() throws Exception {
        var keycloak = KeycloakServer.get();
        try (var database = EmbeddedDatabase.start(data, 0);
                var demo = LocalRun.startOn(database, "--skills-matrix.demo-data.enabled=true");
                var sso = LocalRun.startOn(
                        database,
                        "--skills-matrix.oidc.issuer-uri=" + keycloak.issuerUri(),
                        "--skills-matrix.oidc.client-secret=" + KeycloakServer.WEB_CLIENT_SECRET)) {
            var basic = "Basic " + Base64.getEncoder().encodeToString("manager:demo".getBytes(StandardCharsets.UTF_8));
            var bearer = "Bearer " + keycloak.token("manager", KeycloakServer.DEMO_PASSWORD);
            var team = aTeamOf(LocalRun.address(demo), basic);
            var lines = new ArrayList<String>();
            lines.add("| path | demo account, HTTP Basic | bearer token | ratio |");
            lines.add("| --- | --- | --- | --- |");
            for (var path : List.of("/api/v1/me", "/api/v1/scale", "/api/v1/teams/" + team + "/matrix")) {
                var withBasic = load(LocalRun.address(demo), basic, path);
                var withBearer = load(LocalRun.address(sso), bearer, path);
                lines.add("| `%s` | %s | %s | %.2f × |"
                        .formatted(
                                path.replace(team, "{id}"),
                                withBasic.describe(),
                                withBearer.describe(),
                                withBasic.perSecond() / withBearer.perSecond()));
            }
            System.out.println(String.join(System.lineSeparator(), lines));
        }
    }

    /** A warm-up run of a fifth of the length, then the measured one. */
    private static Wrk.Run load(String base, String authorization, String path) throws Exception {
        Wrk.run(base, authorization, path, CONNECTIONS, LOAD.dividedBy(5));
        var run = Wrk.run(base, authorization, path, CONNECTIONS, LOAD);
        assertThat(run.perSecond()).as(path).isPositive();
        return run;
    }

    private static String aTeamOf(String base, String authorization) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/teams"))
                                .header("Authorization", authorization)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        return id.group(1);
    }
}
