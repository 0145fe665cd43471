package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Demo mode, as a browser and a program meet it: the security headers on pages and on the API, the API's
 * problem details with the HTTP Basic challenge, the demo accounts on the API, and the public pages.
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
