package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.app.SkillsMatrixApplication;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keycloak stops and starts again under two nodes on one database: one that talked to it before (its keys fetched,
 * a browser signed in) and one started while it is down. The API never redirects, and answers 503 where a token
 * cannot be checked; a browser is told that sign-in is unavailable instead of looping; what was signed in stays
 * signed in; readiness stays UP while the provider's own health indicator goes DOWN; all of it heals once Keycloak
 * is back. Keycloak here is a server of the test's own, so that the other tests' server keeps running.
 */
class KeycloakOutageIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_api_answers_503_and_the_browser_is_told_sign_in_is_unavailable_until_keycloak_is_back() {
        var keycloak = KeycloakServer.startOwn();
        try (var first = node(keycloak, null)) {
            var before = keycloak.token("manager", KeycloakServer.DEMO_PASSWORD);
            assertThat(me(first, before).statusCode()).isEqualTo(200);
            var signedIn = AgainstKeycloak.browser();
            WebSignIn.signIn(signedIn, LocalRun.address(first), "employee");
            assertThat(status(first, "/actuator/health/identityProvider")).isEqualTo(200);

            keycloak.stop();

            assertThat(me(first, before).statusCode())
                    .as("a token checked with the keys fetched before")
                    .isEqualTo(200);
            assertThat(AgainstKeycloak.get(signedIn, LocalRun.address(first) + "/")
                            .statusCode())
                    .as("a browser signed in before")
                    .isEqualTo(200);
            assertThat(status(first, "/actuator/health/identityProvider")).isEqualTo(503);
            assertThat(status(first, "/actuator/health/readiness")).isEqualTo(200);

            try (var second = node(keycloak, first)) {
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

                keycloak.restart();

                var after = keycloak.token("manager", KeycloakServer.DEMO_PASSWORD);
                assertThat(me(second, after).statusCode()).isEqualTo(200);
                assertThat(me(first, after).statusCode()).isEqualTo(200);
                assertThat(status(first, "/actuator/health/identityProvider")).isEqualTo(200);
                var signIn = WebSignIn.authorizationRequest(AgainstKeycloak.browser(), LocalRun.address(second), "/");
                assertThat(signIn.toString())
                        .startsWith(keycloak.authorizationEndpoint().toString());
            }
        } finally {
            keycloak.stop();
        }
    }

    /** A node signing in through the given Keycloak; on the database of {@code sharing}, or one of its own. */
    private static ConfigurableApplicationContext node(
            KeycloakServer keycloak, @Nullable ConfigurableApplicationContext sharing) {
        var settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--skills-matrix.oidc.issuer-uri=" + keycloak.issuerUri(),
                "--skills-matrix.oidc.client-secret=" + KeycloakServer.WEB_CLIENT_SECRET));
        if (sharing != null) {
            var database = sharing.getBean(HikariDataSource.class);
            settings.add("--spring.datasource.url=" + database.getJdbcUrl());
            settings.add("--spring.datasource.username=" + database.getUsername());
            settings.add("--spring.datasource.password=" + Objects.toString(database.getPassword(), ""));
        }
        return new SpringApplicationBuilder(SkillsMatrixApplication.class).run(settings.toArray(String[]::new));
    }

    private HttpResponse<String> me(ConfigurableApplicationContext node, String token) {
        return AgainstKeycloak.send(
                http,
                HttpRequest.newBuilder(URI.create(LocalRun.address(node) + "/api/v1/me"))
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
