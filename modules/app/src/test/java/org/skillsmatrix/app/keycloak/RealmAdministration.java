package org.skillsmatrix.app.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What Keycloak's administrators do in the realm, through its admin REST API. */
public final class RealmAdministration {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newHttpClient();

    public RealmAdministration(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** As an operator sets it to the load balancer's address: the URL Keycloak posts logout tokens to. */
    public void setBackChannelLogoutUrl(String url) {
        var client = JSON.readValue(send("GET", "/clients?clientId=" + KeycloakServer.WEB_CLIENT_ID, null), LIST)
                .getFirst();
        var id = (String) client.get("id");
        var representation = JSON.readValue(send("GET", "/clients/" + id, null), OBJECT);
        @SuppressWarnings("unchecked")
        var attributes = (Map<String, Object>) representation.get("attributes");
        attributes.put("backchannel.logout.url", url);
        send("PUT", "/clients/" + id, JSON.writeValueAsString(representation));
    }

    /** "Sign out" of the user in the admin console: ends all their sessions in Keycloak. */
    public void signOut(String username) {
        var user = JSON.readValue(send("GET", "/users?exact=true&username=" + username, null), LIST)
                .getFirst();
        send("POST", "/users/" + user.get("id") + "/logout", "");
    }

    private String send(String method, String path, @Nullable String body) {
        var request = HttpRequest.newBuilder(
                        URI.create(keycloak.baseUri() + "/admin/realms/" + KeycloakServer.REALM + path))
                .header("Authorization", "Bearer " + keycloak.adminToken())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
