package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.keycloak.KeycloakServer.DEMO_PASSWORD;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as a resource server of the real Keycloak: access tokens from its token endpoint sign in and link
 * the person; whatever is not such a token (none, another realm's, a forged, tampered, expired one, or one
 * meant for someone else) gets 401, an account without the application's roles 403, each as problem details
 * with the bearer challenge; and nothing is linked or added for a refused token.
 */
class ApiTokenIT extends AgainstKeycloak {

    private static final String NEWCOMER = "nina.newman@example.com";
    private static final String ROLELESS = "otto.roleless@example.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    AuditLog audit;

    @Test
    void a_token_of_the_demo_manager_signs_in_as_maya_schmidt_with_her_roles() {
        var response = me(keycloak().token("manager", DEMO_PASSWORD));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response))
                .containsEntry("id", person(DemoPeople.MANAGER).id().toString())
                .containsEntry("name", "Maya Schmidt")
                .containsEntry("email", DemoPeople.MANAGER)
                .containsEntry("roles", List.of("employee", "manager"));
        assertThat(response.headers().allValues("Set-Cookie")).as("stateless").isEmpty();
        SecurityHeadersAssert.assertApiHeaders(response);
    }

    @Test
    void the_first_call_links_the_demo_person_by_email_and_later_calls_find_them_by_subject_without_writing() {
        unlink(DemoPeople.EMPLOYEE);
        var token = keycloak().token("employee", DEMO_PASSWORD);
        var subject = (String) KeycloakServer.claims(token).get("sub");

        assertThat(me(token).statusCode()).isEqualTo(200);
        var linked = person(DemoPeople.EMPLOYEE);
        assertThat(linked.subject()).isEqualTo(subject);
        assertThat(audit.newest(5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("person.linked");
            assertThat(entry.subject()).isEqualTo(linked.id().toString());
            assertThat(entry.detail()).contains(subject);
        });

        assertThat(me(token).statusCode()).isEqualTo(200);
        assertThat(me(keycloak().token("employee", DEMO_PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(person(DemoPeople.EMPLOYEE).version()).as("no write").isEqualTo(linked.version());
    }

    @Test
    void a_changed_email_in_the_token_is_taken_over_and_the_name_hr_gave_is_kept() {
        var token = keycloak().token("hr", DEMO_PASSWORD);
        assertThat(me(token).statusCode()).isEqualTo(200);
        var hannah = person(DemoPeople.HR);
        changePeople(
                "update person set email = 'hannah.old@example.com', name = 'Hannah Old' where id = ?",
                hannah.id().value());

        var response = me(token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).containsEntry("email", DemoPeople.HR).containsEntry("name", "Hannah Old");
        var updated = person(DemoPeople.HR);
        assertThat(updated.id()).isEqualTo(hannah.id());
        assertThat(updated.name()).isEqualTo("Hannah Old");
        assertThat(people.byEmail("hannah.old@example.com")).isEmpty();
        assertThat(audit.newest(5))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("person.changed"));
    }

    @Test
    void a_newcomer_is_added_as_an_employee_on_their_first_call() {
        forget(NEWCOMER);
        long before = people.count();

        var response = me(keycloak().token("newcomer", DEMO_PASSWORD));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response))
                .containsEntry("name", "Nina Newman")
                .containsEntry("email", NEWCOMER)
                .containsEntry("roles", List.of("employee"));
        assertThat(people.count()).isEqualTo(before + 1);
        var nina = person(NEWCOMER);
        assertThat(nina.active()).isTrue();
        assertThat(nina.subject()).isNotBlank();
    }

    @Test
    void a_person_deactivated_through_the_application_is_refused_on_the_next_call_with_the_same_token() {
        forget(NEWCOMER);
        var token = keycloak().token("newcomer", DEMO_PASSWORD);
        assertThat(me(token).statusCode()).isEqualTo(200);
        var nina = person(NEWCOMER);

        people.update(new Person(
                nina.id(), nina.name(), nina.email(), nina.subject(), nina.roleProfile(), false, nina.version()));

        assertProblem(me(token), 403);
        forget(NEWCOMER);
    }

    @Test
    void an_account_without_roles_gets_403_with_problem_details_and_nothing_is_linked_or_added() {
        long before = people.count();

        var response = me(keycloak().token("noroles", DEMO_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, 403);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"insufficient_scope\""));
        assertThat(json(response))
                .containsEntry("reason", "no-roles")
                .containsEntry(
                        "detail", "Your account holds none of the roles of Skills Matrix, so you have no access");
        assertThat(people.count()).isEqualTo(before);
        assertThat(people.byEmail(ROLELESS)).isEmpty();
    }

    @Test
    void no_token_gets_401_with_problem_details_and_the_bearer_challenge_never_a_redirect() {
        var response = call(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer resource_metadata=\"" + app() + "/.well-known/oauth-protected-resource\"");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(json(response).get("detail").toString()).contains("Authorization: Bearer");
    }

    @Test
    void the_api_names_its_identity_provider_where_its_challenge_says() {
        var response = send(
                http,
                HttpRequest.newBuilder(URI.create(app() + "/.well-known/oauth-protected-resource"))
                        .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response))
                .containsEntry("resource", app())
                .containsEntry("authorization_servers", List.of(keycloak().issuerUri()))
                .containsEntry("bearer_methods_supported", List.of("header"));
    }

    @Test
    void a_token_with_a_tampered_payload_or_signature_gets_401() {
        var token = keycloak().token("employee", DEMO_PASSWORD);
        var parts = token.split("\\.");
        var claims = new java.util.LinkedHashMap<>(KeycloakServer.claims(token));
        claims.put("email", DemoPeople.HR);
        var otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims));
        var signature = parts[2].toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';

        assertInvalidToken(me(parts[0] + "." + otherPayload + "." + parts[2]));
        assertInvalidToken(me(parts[0] + "." + parts[1] + "." + new String(signature)));
        assertInvalidToken(me("not-a-token"));
    }

    @Test
    void a_token_signed_with_another_key_gets_401_even_with_the_right_claims() throws Exception {
        var forged = mint(
                keycloak().issuerUri(),
                KeycloakServer.API_AUDIENCE,
                Instant.now().plusSeconds(300));

        assertInvalidToken(me(forged));
    }

    @Test
    void an_expired_token_gets_401() throws Exception {
        var stale = mint(
                keycloak().issuerUri(),
                KeycloakServer.API_AUDIENCE,
                Instant.now().minusSeconds(60));
        assertInvalidToken(me(stale));

        var shortLived = ShortLivedTokens.of(keycloak()).token("employee", DEMO_PASSWORD);
        assertThat(me(shortLived).statusCode()).as("still valid").isEqualTo(200);
        var expiry = Instant.ofEpochSecond(
                ((Number) KeycloakServer.claims(shortLived).get("exp")).longValue());
        sleepUntil(expiry.plusMillis(1_100));

        var expired = me(shortLived);
        assertInvalidToken(expired);
        assertThat(json(expired).get("detail").toString()).contains("expired");
    }

    @Test
    void a_token_of_another_realm_gets_401() throws Exception {
        assertInvalidToken(me(keycloak().adminToken()));
        assertInvalidToken(me(mint(
                keycloak().baseUri() + "/realms/elsewhere",
                KeycloakServer.API_AUDIENCE,
                Instant.now().plusSeconds(300))));
    }

    @Test
    void a_token_not_meant_for_the_api_gets_401() {
        var idToken = keycloak().tokens("employee", DEMO_PASSWORD).idToken();
        assertThat(KeycloakServer.claims(idToken).get("aud")).isEqualTo(KeycloakServer.CLI_CLIENT_ID);

        var response = me(idToken);

        assertInvalidToken(response);
        assertThat(json(response).get("detail").toString()).contains("not meant for this API");
    }

    private void assertInvalidToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response))
                .containsEntry("status", status)
                .containsEntry("type", "about:blank")
                .containsEntry("instance", "/api/v1/me")
                .containsKey("detail");
        SecurityHeadersAssert.assertApiHeaders(response);
    }

    /** A token with the given issuer, audience and expiry, signed with a key of its own: forged. */
    private static String mint(String issuer, String audience, Instant expiry) throws Exception {
        var key = new RSAKeyGenerator(2048).keyID("forged").generate();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("forged-subject")
                .claim("email", DemoPeople.HR)
                .claim("email_verified", true)
                .claim("realm_access", Map.of("roles", List.of("employee", "hr")))
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(expiry))
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private HttpResponse<String> me(String token) {
        return call("Bearer " + token);
    }

    private HttpResponse<String> call(@Nullable String authorization) {
        var request = HttpRequest.newBuilder(URI.create(app() + "/api/v1/me"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(http, request.GET().build());
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
    }

    private static void sleepUntil(Instant instant) throws InterruptedException {
        var wait = Duration.between(Instant.now(), instant);
        if (!wait.isNegative()) {
            Thread.sleep(wait);
        }
    }
}
