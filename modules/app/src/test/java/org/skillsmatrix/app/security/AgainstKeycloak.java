package org.skillsmatrix.app.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import org.skillsmatrix.app.keycloak.UsesKeycloak;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.persistence.people.PersonStored;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application signing in through the real Keycloak of the tests ({@link KeycloakServer}, started once
 * per test JVM), on the demo organisation. The tests that extend it share one application context.
 *
 * <p>Forwarded headers are honoured, as behind a proxy that terminates TLS, so that a test can make a request
 * look secure; the clock skew allowed on token expiry is zero, so that a token expires when it says.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "skills-matrix.oidc.clock-skew=0s"})
@UsesKeycloak
public abstract class AgainstKeycloak {

    @LocalServerPort
    protected int port;

    @Autowired
    protected People people;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("skills-matrix.oidc.issuer-uri", () -> KeycloakServer.get().issuerUri());
        registry.add("skills-matrix.oidc.client-secret", () -> KeycloakServer.WEB_CLIENT_SECRET);
    }

    protected static KeycloakServer keycloak() {
        return KeycloakServer.get();
    }

    protected String app() {
        return "http://localhost:" + port;
    }

    /** A client that keeps cookies as a browser does, and follows no redirect by itself. */
    protected static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    protected static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static HttpResponse<String> get(HttpClient client, String uri) {
        return send(client, HttpRequest.newBuilder(URI.create(uri)).GET().build());
    }

    protected static URI location(HttpResponse<?> response) {
        return URI.create(response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode())));
    }

    protected Person person(String email) {
        return people.byEmail(email).orElseThrow();
    }

    /** Undoes an earlier test's sign-in: the person is linked to no account, as before their first sign-in. */
    protected void unlink(String email) {
        changePeople("update person set subject = null where email = ?", email);
    }

    /** Removes a person that an earlier sign-in added (they have no ratings or teams to keep). */
    protected void forget(String email) {
        changePeople("delete from person where email = ?", email);
    }

    /**
     * Changes people's rows in SQL, behind the application's back, and tells it as a change through the
     * application would, so that it does not go on with sign-ins it kept from before.
     */
    protected void changePeople(String sql, Object... arguments) {
        jdbc.update(sql, arguments);
        events.publishEvent(new PersonStored(PersonId.random()));
    }

    protected @Nullable String subjectOf(String email) {
        return people.byEmail(email).map(Person::subject).orElse(null);
    }

    protected static PersonId id(Person person) {
        return person.id();
    }
}
