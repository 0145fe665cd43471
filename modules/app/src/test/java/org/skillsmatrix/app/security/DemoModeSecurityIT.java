package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Demo mode, as a browser and a program meet it: the security headers on pages and on the API, the API's
 * problem details with the HTTP Basic challenge, the demo accounts on the API, the public pages, and signing in
 * on the sign-in page only with the CSRF token that page carries, so that a foreign page cannot sign a visitor in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoModeSecurityIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void pages_carry_the_security_headers_and_the_page_policy() throws Exception {
        var page = get("/login", null);

        assertThat(page.statusCode()).isEqualTo(200);
        SecurityHeadersAssert.assertPageHeaders(page);
    }

    @Test
    void the_api_answers_an_anonymous_call_with_problem_details_and_a_basic_challenge() throws Exception {
        var response = get("/api/v1/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValue("Basic realm=\"Skills Matrix\", charset=\"UTF-8\"");
        assertThat(response.body())
                .contains("\"status\":401")
                .contains("\"title\":\"Unauthorized\"")
                .contains("\"instance\":\"/api/v1/me\"")
                .contains("curl -u employee:demo");
        SecurityHeadersAssert.assertApiHeaders(response);
    }

    @Test
    void a_demo_account_calls_the_api_with_http_basic() throws Exception {
        var response = get("/api/v1/me", basic("manager", "demo"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"name\":\"Maya Schmidt\"")
                .contains("\"email\":\"maya.schmidt@example.com\"")
                .contains("\"roles\":[\"employee\",\"manager\"]");
        assertThat(response.headers().allValues("Set-Cookie")).as("stateless").isEmpty();
        SecurityHeadersAssert.assertApiHeaders(response);
    }

    @Test
    void a_wrong_password_is_refused_with_problem_details() throws Exception {
        var response = get("/api/v1/me", basic("manager", "wrong"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void the_signed_out_and_no_access_pages_are_public() throws Exception {
        assertThat(get("/signed-out", null).statusCode()).isEqualTo(200);
        assertThat(get("/no-access?reason=no-roles", null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_sign_in_without_the_csrf_token_of_the_visitors_session_is_refused() throws Exception {
        var foreignPage = browser();
        assertRefused(foreignPage, signIn(foreignPage, null));

        var visitor = browser();
        var page = get(visitor, "/login");
        assertThat(csrf(page, "_csrf")).isNotBlank();
        assertRefused(visitor, signIn(visitor, null));
        assertRefused(visitor, signIn(visitor, "forged"));
    }

    @Test
    void the_csrf_token_of_the_sign_in_page_signs_in() throws Exception {
        var visitor = browser();
        var page = get(visitor, "/login");
        assertThat(csrf(page, "_csrf_parameter")).isEqualTo("_csrf");

        var signedIn = signIn(visitor, csrf(page, "_csrf"));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        assertThat(get(visitor, "/").statusCode()).as("signed in").isEqualTo(200);
    }

    /** What the sign-in page's form posts, with the demo password of the manager and the token given, if any. */
    private HttpResponse<String> signIn(HttpClient client, String token) throws Exception {
        var form = "username=manager&password=demo"
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Back to the sign-in page, which says it had expired, and still signed out. */
    private void assertRefused(HttpClient client, HttpResponse<String> signIn) throws Exception {
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
        var home = get(client, "/");
        assertThat(home.statusCode()).as("still signed out").isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    /** The content of the page's meta tag named {@code name}, where Vaadin's LoginForm reads the token from. */
    private static String csrf(HttpResponse<String> page, String name) {
        var meta = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"")
                .matcher(page.body());
        assertThat(meta.find()).as("meta " + name).isTrue();
        return meta.group(1);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
