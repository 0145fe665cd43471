package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.skillsmatrix.app.keycloak.KeycloakServer;

/**
 * What a browser does to sign in to the application through Keycloak, one request at a time: the application
 * sends it to Keycloak, Keycloak's sign-in form takes the user's password, and Keycloak sends it back to the
 * application's callback with the code.
 */
final class WebSignIn {

    private static final Pattern LOGIN_FORM_ACTION =
            Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private WebSignIn() {}

    /** The redirect to Keycloak that the application answers an anonymous visit of {@code path} with. */
    static URI authorizationRequest(HttpClient browser, String app, String path) {
        var visit = AgainstKeycloak.get(browser, app + path);
        assertThat(visit.statusCode()).as("anonymous visit of " + path).isEqualTo(302);
        var signIn = AgainstKeycloak.location(visit);
        assertThat(signIn.getPath()).isEqualTo("/oauth2/authorization/keycloak");
        var authorize =
                AgainstKeycloak.get(browser, URI.create(app).resolve(signIn).toString());
        assertThat(authorize.statusCode()).isEqualTo(302);
        return AgainstKeycloak.location(authorize);
    }

    /**
     * Signs in as {@code username} with the demo password, starting from an anonymous visit of the home page;
     * returns the application's answer to Keycloak's redirect back to it.
     */
    static HttpResponse<String> signIn(HttpClient browser, String app, String username) {
        var loginPage = AgainstKeycloak.send(
                browser,
                HttpRequest.newBuilder(authorizationRequest(browser, app, "/")).build());
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        var action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        assertThat(action.find()).as("Keycloak's sign-in form").isTrue();

        var form = Map.of("username", username, "password", KeycloakServer.DEMO_PASSWORD, "credentialId", "")
                .entrySet()
                .stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var signedIn = AgainstKeycloak.send(
                browser,
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        var callback = AgainstKeycloak.location(signedIn);
        assertThat(callback.toString()).startsWith(app + "/login/oauth2/code/keycloak?");
        return AgainstKeycloak.get(browser, callback.toString());
    }

    static Map<String, String> query(URI uri) {
        var parameters = new LinkedHashMap<String, String>();
        if (uri.getRawQuery() == null) {
            return parameters;
        }
        for (var pair : uri.getRawQuery().split("&")) {
            var keyAndValue = pair.split("=", 2);
            parameters.put(
                    URLDecoder.decode(keyAndValue[0], StandardCharsets.UTF_8),
                    keyAndValue.length == 2 ? URLDecoder.decode(keyAndValue[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }
}
