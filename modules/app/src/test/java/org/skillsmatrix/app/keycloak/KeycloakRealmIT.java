package org.skillsmatrix.app.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.app.keycloak.KeycloakServer.API_AUDIENCE;
import static org.skillsmatrix.app.keycloak.KeycloakServer.CLI_CLIENT_ID;
import static org.skillsmatrix.app.keycloak.KeycloakServer.DEMO_PASSWORD;
import static org.skillsmatrix.app.keycloak.KeycloakServer.WEB_CLIENT_ID;
import static org.skillsmatrix.app.keycloak.KeycloakServer.WEB_CLIENT_SECRET;
import static org.skillsmatrix.app.keycloak.KeycloakServer.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm that ships in {@code deploy/keycloak/realm} keeps the contract the application codes against, proven on a
 * real Keycloak: users and the roles their groups give them, the claims and the audience of the tokens, the web
 * client's authorization code flow with PKCE on any local port, and what both clients refuse.
 */
@UsesKeycloak
class KeycloakRealmIT {

    private static final String CALLBACK = "/login/oauth2/code/keycloak";
    private static final Pattern LOGIN_FORM_ACTION =
            Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.get();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "employee, noah.fischer@example.com,  Noah,   Fischer, employee",
        "manager,  maya.schmidt@example.com,  Maya,   Schmidt, employee manager",
        "hr,       hannah.ruiz@example.com,   Hannah, Ruiz,    employee hr",
        "admin,    adam.novak@example.com,    Adam,   Novak,   employee admin",
        "newcomer, nina.newman@example.com,   Nina,   Newman,  employee",
    })
    void each_user_gets_an_access_token_for_the_api_with_the_roles_of_their_group(
            String username, String email, String givenName, String familyName, String roles) {
        var token = claims(keycloak.token(username, DEMO_PASSWORD));

        assertThat(token.get("iss")).isEqualTo(keycloak.issuerUri());
        assertThat(strings(token.get("aud"))).contains(API_AUDIENCE);
        assertThat(token.get("azp")).isEqualTo(CLI_CLIENT_ID);
        assertThat(token.get("typ")).isEqualTo("Bearer");
        assertThat((String) token.get("sub")).isNotBlank();
        assertThat(token)
                .containsEntry("email", email)
                .containsEntry("email_verified", true)
                .containsEntry("preferred_username", username)
                .containsEntry("given_name", givenName)
                .containsEntry("family_name", familyName)
                .containsEntry("name", givenName + " " + familyName);
        var expected = roles.split(" ");
        assertThat(realmRoles(token)).containsExactlyInAnyOrder(expected);
        assertThat(clientRoles(token, WEB_CLIENT_ID)).containsExactlyInAnyOrder(expected);
        assertThat(number(token, "exp") - number(token, "iat"))
                .as("access token lifetime")
                .isEqualTo(300);
    }

    @Test
    void the_id_token_and_userinfo_carry_the_roles_as_well() {
        var tokens = keycloak.tokens("manager", DEMO_PASSWORD);
        var access = claims(tokens.accessToken());
        var id = claims(tokens.idToken());
        var userInfo = keycloak.userInfo(tokens.accessToken());

        assertThat(id.get("iss")).isEqualTo(keycloak.issuerUri());
        assertThat(strings(id.get("aud"))).containsExactly(CLI_CLIENT_ID);
        assertThat(id).containsEntry("sub", access.get("sub")).containsEntry("email", "maya.schmidt@example.com");
        assertThat(realmRoles(id)).containsExactlyInAnyOrder("employee", "manager");
        assertThat(clientRoles(id, WEB_CLIENT_ID)).containsExactlyInAnyOrder("employee", "manager");

        assertThat(userInfo)
                .containsEntry("sub", access.get("sub"))
                .containsEntry("email", "maya.schmidt@example.com")
                .containsEntry("name", "Maya Schmidt");
        assertThat(realmRoles(userInfo)).containsExactlyInAnyOrder("employee", "manager");
        assertThat(clientRoles(userInfo, WEB_CLIENT_ID)).containsExactlyInAnyOrder("employee", "manager");
    }

    @Test
    void a_user_in_no_group_signs_in_with_no_roles_at_all() {
        var tokens = keycloak.tokens("noroles", DEMO_PASSWORD);

        for (var claims : List.of(
                claims(tokens.accessToken()), claims(tokens.idToken()), keycloak.userInfo(tokens.accessToken()))) {
            assertThat(claims).containsEntry("email", "otto.roleless@example.com");
            assertThat(realmRoles(claims)).isEmpty();
            assertThat(claims).doesNotContainKey("resource_access");
        }
        assertThat(strings(claims(tokens.accessToken()).get("aud"))).containsExactly(API_AUDIENCE);
    }

    @Test
    void a_wrong_password_or_an_unknown_user_is_refused() {
        assertThatThrownBy(() -> keycloak.token("newcomer", "not-the-password"))
                .isInstanceOf(KeycloakServer.TokenRefused.class)
                .hasMessageContaining("invalid_grant");
        assertThatThrownBy(() -> keycloak.token("nobody", DEMO_PASSWORD))
                .isInstanceOf(KeycloakServer.TokenRefused.class)
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void the_web_client_refuses_an_authorization_request_without_an_s256_code_challenge() {
        var redirect = localCallback(8080);

        var withoutChallenge = send(authorizationRequest(WEB_CLIENT_ID, redirect, Map.of("state", "s1")));
        assertThat(withoutChallenge.statusCode()).isEqualTo(302);
        var refused = query(location(withoutChallenge));
        assertThat(location(withoutChallenge).toString()).startsWith(redirect.toString());
        assertThat(refused).containsEntry("error", "invalid_request").containsEntry("state", "s1");
        assertThat(refused.get("error_description")).contains("code_challenge");

        var plain = send(authorizationRequest(
                WEB_CLIENT_ID,
                redirect,
                Map.of("state", "s2", "code_challenge", verifier(), "code_challenge_method", "plain")));
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(query(location(plain))).containsEntry("error", "invalid_request");

        var s256 = send(authorizationRequest(
                WEB_CLIENT_ID,
                redirect,
                Map.of("state", "s3", "code_challenge", challenge(verifier()), "code_challenge_method", "S256")));
        assertThat(s256.statusCode()).isEqualTo(200);
        assertThat(s256.body()).contains("kc-form-login");
    }

    @ParameterizedTest(name = "callback on port {0}")
    @ValueSource(ints = {8080, 43117})
    void the_web_client_signs_in_with_code_and_pkce_on_any_local_port(int port) {
        var redirect = localCallback(port);
        var signIn = signIn("hr", redirect);

        var response = exchange(signIn.code(), redirect, signIn.verifier(), WEB_CLIENT_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var tokens = JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
        var access = claims((String) tokens.get("access_token"));
        var id = claims((String) tokens.get("id_token"));
        assertThat(access.get("iss")).isEqualTo(keycloak.issuerUri());
        assertThat(access.get("azp")).isEqualTo(WEB_CLIENT_ID);
        assertThat(strings(access.get("aud"))).contains(API_AUDIENCE);
        assertThat(realmRoles(access)).containsExactlyInAnyOrder("employee", "hr");
        assertThat(strings(id.get("aud"))).containsExactly(WEB_CLIENT_ID);
        assertThat(id).containsEntry("email", "hannah.ruiz@example.com").containsEntry("name", "Hannah Ruiz");
        assertThat(realmRoles(id)).containsExactlyInAnyOrder("employee", "hr");
        assertThat(clientRoles(id, WEB_CLIENT_ID)).containsExactlyInAnyOrder("employee", "hr");
    }

    @Test
    void the_web_client_needs_the_code_verifier_and_its_secret() {
        var redirect = localCallback(8080);

        var wrongVerifier = signIn("admin", redirect);
        var withWrongVerifier = exchange(wrongVerifier.code(), redirect, verifier(), WEB_CLIENT_SECRET);
        assertThat(withWrongVerifier.statusCode()).isEqualTo(400);
        assertThat(withWrongVerifier.body()).contains("invalid_grant");

        var wrongSecret = signIn("admin", redirect);
        var withWrongSecret = exchange(wrongSecret.code(), redirect, wrongSecret.verifier(), "not-the-secret");
        assertThat(withWrongSecret.statusCode()).isEqualTo(401);
        assertThat(withWrongSecret.body()).contains("unauthorized_client");
    }

    @Test
    void the_web_client_sends_codes_only_to_its_callback_on_localhost() {
        for (var foreign : List.of(
                "http://evil.example" + CALLBACK,
                "http://localhost.evil.example" + CALLBACK,
                "http://localhost:8080@evil.example" + CALLBACK,
                "http://localhost:8080/elsewhere")) {
            var response = send(authorizationRequest(
                    WEB_CLIENT_ID,
                    URI.create(foreign),
                    Map.of("code_challenge", challenge(verifier()), "code_challenge_method", "S256")));
            assertThat(response.statusCode()).as(foreign).isEqualTo(400);
            assertThat(response.body()).as(foreign).contains("Invalid parameter: redirect_uri");
        }
    }

    @Test
    void each_client_has_its_own_grant_only() {
        var webWithPassword = post(
                keycloak.tokenEndpoint(),
                Map.of("grant_type", "password", "username", "employee", "password", DEMO_PASSWORD),
                basic(WEB_CLIENT_ID, WEB_CLIENT_SECRET));
        assertThat(webWithPassword.statusCode()).isEqualTo(400);
        assertThat(webWithPassword.body()).contains("unauthorized_client");

        var cliInTheBrowser = send(authorizationRequest(
                CLI_CLIENT_ID,
                localCallback(8080),
                Map.of("code_challenge", challenge(verifier()), "code_challenge_method", "S256")));
        assertThat(cliInTheBrowser.statusCode()).isEqualTo(400);
    }

    @Test
    void after_signing_out_keycloak_returns_to_the_app_on_localhost_only() {
        for (var port : List.of(8080, 43117)) {
            var back = "http://localhost:" + port + "/";
            var response = send(logoutRequest(back));
            assertThat(response.statusCode()).as(back).isEqualTo(302);
            assertThat(location(response)).as(back).isEqualTo(URI.create(back));
        }
        var foreign = send(logoutRequest("http://evil.example/"));
        assertThat(foreign.statusCode()).isEqualTo(400);
    }

    @Test
    void the_realm_keeps_sessions_short_and_slows_down_password_guessing() {
        var response =
                send(HttpRequest.newBuilder(URI.create(keycloak.baseUri() + "/admin/realms/" + KeycloakServer.REALM))
                        .header("Authorization", "Bearer " + keycloak.adminToken())
                        .build());
        assertThat(response.statusCode()).isEqualTo(200);
        var realm = JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {});

        assertThat(realm)
                .containsEntry("accessTokenLifespan", 300)
                .containsEntry("ssoSessionIdleTimeout", 1800)
                .containsEntry("bruteForceProtected", true)
                .containsEntry("permanentLockout", false)
                .containsEntry("registrationAllowed", false);
    }

    private record SignIn(String code, String verifier) {}

    /** What a browser does: the authorization request with PKCE, the login form, and the redirect with the code. */
    private SignIn signIn(String username, URI redirect) {
        var verifier = verifier();
        var state = verifier().substring(0, 12);
        var loginPage = send(authorizationRequest(
                WEB_CLIENT_ID,
                redirect,
                Map.of("state", state, "code_challenge", challenge(verifier), "code_challenge_method", "S256")));
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        var action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        assertThat(action.find()).as("a login form").isTrue();

        // Keycloak marks its cookies Secure even on http; browsers keep them for localhost, Java's CookieManager not
        var cookies = loginPage.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .collect(Collectors.joining("; "));
        var signedIn = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", username, "password", DEMO_PASSWORD, "credentialId", ""))))
                .build());

        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        var callback = location(signedIn);
        assertThat(callback.getScheme() + "://" + callback.getAuthority() + callback.getPath())
                .isEqualTo(redirect.toString());
        var parameters = query(callback);
        assertThat(parameters).containsEntry("state", state).containsEntry("iss", keycloak.issuerUri());
        return new SignIn(parameters.get("code"), verifier);
    }

    private HttpResponse<String> exchange(String code, URI redirect, String verifier, String secret) {
        return post(
                keycloak.tokenEndpoint(),
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        redirect.toString(),
                        "code_verifier",
                        verifier),
                basic(WEB_CLIENT_ID, secret));
    }

    private static URI localCallback(int port) {
        return URI.create("http://localhost:" + port + CALLBACK);
    }

    private static HttpRequest authorizationRequest(String clientId, URI redirect, Map<String, String> extra) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("client_id", clientId);
        parameters.put("response_type", "code");
        parameters.put("scope", "openid");
        parameters.put("redirect_uri", redirect.toString());
        parameters.putAll(extra);
        return HttpRequest.newBuilder(URI.create(keycloak.authorizationEndpoint() + "?" + form(parameters)))
                .build();
    }

    private static HttpRequest logoutRequest(String postLogoutRedirect) {
        var parameters = Map.of("client_id", WEB_CLIENT_ID, "post_logout_redirect_uri", postLogoutRedirect);
        return HttpRequest.newBuilder(URI.create(keycloak.endSessionEndpoint() + "?" + form(parameters)))
                .build();
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

    private static HttpResponse<String> post(URI uri, Map<String, String> fields, @Nullable String authorization) {
        var request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private static String basic(String clientId, String secret) {
        var credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    private static Map<String, String> query(URI uri) {
        var parameters = new HashMap<String, String>();
        for (var pair : uri.getRawQuery().split("&")) {
            var nameAndValue = pair.split("=", 2);
            parameters.put(
                    URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private static String verifier() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> realmRoles(Map<String, Object> claims) {
        return claims.get("realm_access") instanceof Map<?, ?> access ? strings(access.get("roles")) : List.of();
    }

    private static List<String> clientRoles(Map<String, Object> claims, String clientId) {
        return claims.get("resource_access") instanceof Map<?, ?> resources
                        && resources.get(clientId) instanceof Map<?, ?> access
                ? strings(access.get("roles"))
                : List.of();
    }

    /** A claim that may be one string or a list of them, such as {@code aud}. */
    private static List<String> strings(@Nullable Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : Arrays.asList(String.valueOf(claim));
    }

    private static long number(Map<String, Object> claims, String name) {
        return ((Number) claims.get(name)).longValue();
    }
}
