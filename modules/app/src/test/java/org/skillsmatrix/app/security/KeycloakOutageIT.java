package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import org.skillsmatrix.app.keycloak.RealmAdministration;
import org.skillsmatrix.app.keycloak.UsesKeycloak;
import org.skillsmatrix.domain.people.SignOuts;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keycloak goes away and comes back under two nodes on one database: one that talked to it before (its keys fetched,
 * a browser signed in) and one started while it is down. The API never redirects, and answers 503 where a token
 * cannot be checked; a browser is told that sign-in is unavailable instead of looping; what was signed in stays
 * signed in; readiness stays UP while the provider's own health indicator goes DOWN; all of it heals once Keycloak
 * is back. Then the database stops under the same nodes, Keycloak up: a call with a valid bearer token is answered
 * 503 with Retry-After, never 401 or a redirect, and succeeds once the database is back; a sign-out that Keycloak
 * sends meanwhile ends the sessions of the node it reached at once and those of the other node once the database
 * is back. Keycloak is the shared one, made unreachable to the nodes and reachable again through the gate in front of
 * it while it keeps running, and left as it was; the database is the test's own.
 */
@UsesKeycloak
class KeycloakOutageIT {

    private static final Logger log = LoggerFactory.getLogger(KeycloakOutageIT.class);
    private static final Duration AT_MOST = Duration.ofSeconds(60);
    /** The realm file's back-channel logout URL, which the test sets to a node of its own meanwhile. */
    private static final String REALM_BACK_CHANNEL_LOGOUT_URL =
            "http://localhost:8080/logout/connect/back-channel/keycloak";

    @TempDir
    Path data;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_api_answers_503_and_the_browser_is_told_sign_in_is_unavailable_until_keycloak_or_the_database_is_back()
            throws InterruptedException {
        var keycloak = KeycloakServer.get();
        var database = EmbeddedDatabase.start(data, 0);
        try (var first = node(keycloak, database)) {
            var before = keycloak.token("manager", KeycloakServer.DEMO_PASSWORD);
            assertThat(me(first, before).statusCode()).isEqualTo(200);
            var signedIn = AgainstKeycloak.browser();
            WebSignIn.signIn(signedIn, LocalRun.address(first), "employee");
            assertThat(status(first, "/actuator/health/identityProvider")).isEqualTo(200);

            keycloak.unreachable();

            assertThat(me(first, before).statusCode())
                    .as("a token checked with the keys fetched before")
                    .isEqualTo(200);
            assertThat(AgainstKeycloak.get(signedIn, LocalRun.address(first) + "/")
                            .statusCode())
                    .as("a browser signed in before")
                    .isEqualTo(200);
            assertThat(status(first, "/actuator/health/identityProvider")).isEqualTo(503);
            assertThat(status(first, "/actuator/health/readiness")).isEqualTo(200);

            try (var second = node(keycloak, database)) {
                assertThat(status(second, "/actuator/health/readiness")).isEqualTo(200);
                var refused = me(second, before);
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(refused.headers().firstValue("Retry-After"))
                        .hasValueSatisfying(seconds -> assertThat(seconds).matches("\\d+"));
                assertThat(refused.body()).contains("\"status\":503").contains("the identity provider is unreachable");
                var garbage = me(second, "not-a-token");
                assertThat(garbage.statusCode()).isIn(401, 503);

                var visit = follow(AgainstKeycloak.browser(), LocalRun.address(second) + "/");
                assertThat(visit.hops())
                        .as("the anonymous visit's redirects: to the sign-in, then to the page that says why")
                        .hasSizeLessThanOrEqualTo(2);
                assertThat(visit.last().statusCode()).isEqualTo(200);
                assertThat(visit.last().uri().getPath()).isEqualTo("/no-access");
                assertThat(visit.last().uri().getQuery()).isEqualTo("reason=unavailable");

                keycloak.reachable();

                var after = keycloak.token("manager", KeycloakServer.DEMO_PASSWORD);
                assertThat(me(second, after).statusCode()).isEqualTo(200);
                assertThat(me(first, after).statusCode()).isEqualTo(200);
                assertThat(status(first, "/actuator/health/identityProvider")).isEqualTo(200);
                var signIn = WebSignIn.authorizationRequest(AgainstKeycloak.browser(), LocalRun.address(second), "/");
                assertThat(signIn.toString())
                        .startsWith(keycloak.authorizationEndpoint().toString());

                database = databaseOutage(keycloak, database, first, second);
            }
        } finally {
            keycloak.reachable();
            new RealmAdministration(keycloak).setBackChannelLogoutUrl(REALM_BACK_CHANNEL_LOGOUT_URL);
            database.close();
        }
    }

    /**
     * Stops the database under both nodes, Keycloak up, and starts it again: bearer tokens are answered 503, never a
     * sign-in failure, until it is back; Keycloak's sign-out of a user, sent to the first node meanwhile, ends that
     * user's sessions there at once and on the second node once the database is back. Returns the restarted database.
     */
    private EmbeddedDatabase databaseOutage(
            KeycloakServer keycloak,
            EmbeddedDatabase database,
            ConfigurableApplicationContext first,
            ConfigurableApplicationContext second)
            throws InterruptedException {
        new RealmAdministration(keycloak)
                .setBackChannelLogoutUrl(LocalRun.address(first) + "/logout/connect/back-channel/keycloak");
        var onFirst = AgainstKeycloak.browser();
        WebSignIn.signIn(onFirst, LocalRun.address(first), "employee");
        var onSecond = AgainstKeycloak.browser();
        WebSignIn.signIn(onSecond, LocalRun.address(second), "employee");
        assertThat(home(first, onFirst)).isEqualTo(200);
        assertThat(home(second, onSecond)).isEqualTo(200);
        // hr and admin: accounts whose sign-ins no node keeps, so the call looks the person up in the database;
        // manager: signed in moments ago, so the node knows the person and the read needs the database
        var hr = keycloak.token("hr", KeycloakServer.DEMO_PASSWORD);
        var admin = keycloak.token("admin", KeycloakServer.DEMO_PASSWORD);
        var manager = keycloak.token("manager", KeycloakServer.DEMO_PASSWORD);

        assertThat(me(first, manager).statusCode()).isEqualTo(200);

        int port = database.port();
        database.close();
        var stopped = Instant.now();

        var answers = List.of(me(first, hr), me(second, admin), call(first, manager, "/api/v1/teams"));
        var firstAnswer = Duration.between(stopped, Instant.now());
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(seconds -> assertThat(seconds).matches("\\d+"));
            assertThat(answer.body()).contains("\"status\":503").contains("The database is unavailable");
        });

        new RealmAdministration(keycloak).signOut("employee");
        awaitSignedOut(first, onFirst, "the sessions of the node Keycloak told, while the database is down");

        var restarted = EmbeddedDatabase.start(data, port);
        var back = Instant.now();
        await("the first node answering again once the database is back")
                .atMost(AT_MOST)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    var after = me(first, hr);
                    assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
                });
        var recovered = Duration.between(back, Instant.now());
        assertThat(me(second, admin).statusCode()).isEqualTo(200);
        awaitSignedOut(second, onSecond, "the sessions of the other node, once the database is back");
        var signedOut = Duration.between(back, Instant.now());
        assertThat(first.getBean(SignOuts.class).since(stopped)).isNotEmpty();
        log.info(
                "Database outage under bearer tokens: three calls answered 503 within {} ms of the stop; first"
                        + " success {} ms after the restart; the sign-out received during the outage ended the other"
                        + " node's session {} ms after the restart",
                firstAnswer.toMillis(),
                recovered.toMillis(),
                signedOut.toMillis());
        return restarted;
    }

    private static void awaitSignedOut(ConfigurableApplicationContext node, HttpClient browser, String what) {
        await(what).atMost(AT_MOST).pollInterval(Duration.ofMillis(100)).until(() -> home(node, browser) != 200);
        assertThat(home(node, browser)).as(what).isEqualTo(302);
    }

    /** What the node answers the browser's request for the home page, with its cookies and no redirect followed. */
    private static int home(ConfigurableApplicationContext node, HttpClient browser) {
        return AgainstKeycloak.get(browser, LocalRun.address(node) + "/").statusCode();
    }

    /** A node signing in through the given Keycloak, on the given database with the demo organisation. */
    private static ConfigurableApplicationContext node(KeycloakServer keycloak, EmbeddedDatabase database) {
        return LocalRun.startOn(
                database,
                "--skills-matrix.oidc.issuer-uri=" + keycloak.issuerUri(),
                "--skills-matrix.oidc.client-secret=" + KeycloakServer.WEB_CLIENT_SECRET,
                "--skills-matrix.demo-data.enabled=true");
    }

    private HttpResponse<String> me(ConfigurableApplicationContext node, String token) {
        return call(node, token, "/api/v1/me");
    }

    private HttpResponse<String> call(ConfigurableApplicationContext node, String token, String path) {
        return AgainstKeycloak.send(
                http,
                HttpRequest.newBuilder(URI.create(LocalRun.address(node) + path))
                        .header("Authorization", "Bearer " + token)
                        .build());
    }

    private int status(ConfigurableApplicationContext node, String path) {
        return AgainstKeycloak.get(http, LocalRun.address(node) + path).statusCode();
    }

    /** Follows a browser's redirects, at most ten. */
    private static Visit follow(HttpClient browser, String start) {
        var hops = new ArrayList<URI>();
        var response = AgainstKeycloak.get(browser, start);
        while (response.statusCode() / 100 == 3 && hops.size() < 10) {
            var next = response.uri().resolve(AgainstKeycloak.location(response));
            hops.add(next);
            response = AgainstKeycloak.get(browser, next.toString());
        }
        return new Visit(hops, response);
    }

    private record Visit(List<URI> hops, HttpResponse<String> last) {}
}
