package org.skillsmatrix.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens that expire seconds after they are issued, for the API's expiry check: a public client of the
 * test realm made through Keycloak's admin API for this test run, like the CLI client (password grant, tokens
 * for the API) but with an access token lifespan of a few seconds.
 */
final class ShortLivedTokens {

    static final int LIFESPAN_SECONDS = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final KeycloakServer keycloak;
    private final String clientId;

    private ShortLivedTokens(KeycloakServer keycloak, String clientId) {
        this.keycloak = keycloak;
        this.clientId = clientId;
    }

    static ShortLivedTokens of(KeycloakServer keycloak) {
        var clientId = "short-lived-" + UUID.randomUUID();
        var client = Map.of(
                "clientId", clientId,
                "publicClient", true,
                "standardFlowEnabled", false,
                "directAccessGrantsEnabled", true,
                "fullScopeAllowed", true,
                "attributes", Map.of("access.token.lifespan", Integer.toString(LIFESPAN_SECONDS)),
                "defaultClientScopes", List.of("basic", "profile", "email", "roles", "skills-matrix-api-audience"));
        var created = send(HttpRequest.newBuilder(
                        URI.create(keycloak.baseUri() + "/admin/realms/" + KeycloakServer.REALM + "/clients"))
                .header("Authorization", "Bearer " + keycloak.adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(client)))
                .build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "Keycloak did not create the client: " + created.statusCode() + " " + created.body());
        }
        return new ShortLivedTokens(keycloak, clientId);
    }

    String token(String username, String password) {
        var form = Map.of(
                        "grant_type", "password",
                        "client_id", clientId,
                        "username", username,
                        "password", password,
                        "scope", "openid")
                .entrySet()
                .stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = send(HttpRequest.newBuilder(keycloak.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
        }
        var body = JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
        return (String) body.get("access_token");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
