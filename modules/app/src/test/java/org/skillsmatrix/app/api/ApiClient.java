package org.skillsmatrix.app.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.app.keycloak.KeycloakServer;

/**
 * The API as a script sees it: requests with a demo user's access token from the real token endpoint of Keycloak,
 * each token reused for a few minutes, as a client would until it nears its expiry.
 */
final class ApiClient {

    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    ApiClient(String base) {
        this.base = base;
    }

    /** Calls as one of the realm's demo users: employee, manager, hr, admin, noroles, newcomer. */
    Calls as(String user) {
        return new Calls(token(user));
    }

    /** Calls without a token. */
    Calls anonymous() {
        return new Calls(null);
    }

    static String token(String user) {
        var token = TOKENS.compute(
                user,
                (name, cached) -> cached != null && cached.fresh()
                        ? cached
                        : new Token(KeycloakServer.get().token(name, KeycloakServer.DEMO_PASSWORD), Instant.now()));
        return token.value();
    }

    private record Token(String value, Instant issued) {

        boolean fresh() {
            return issued.plus(TOKEN_REUSE).isAfter(Instant.now());
        }
    }

    /** Requests with one token, or none. */
    final class Calls {

        private final @Nullable String token;

        Calls(@Nullable String token) {
            this.token = token;
        }

        Answer get(String path, String... headers) {
            return send("GET", path, HttpRequest.BodyPublishers.noBody(), null, headers);
        }

        Answer post(String path, Object body, String... headers) {
            return send("POST", path, json(body), "application/json", headers);
        }

        Answer put(String path, Object body, String... headers) {
            return send("PUT", path, json(body), "application/json", headers);
        }

        Answer delete(String path, String... headers) {
            return send("DELETE", path, HttpRequest.BodyPublishers.noBody(), null, headers);
        }

        /** A request with any method, body and content type, for what a careful client would never send. */
        Answer send(
                String method,
                String path,
                HttpRequest.BodyPublisher body,
                @Nullable String contentType,
                String... headers) {
            var request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofMinutes(3))
                    .method(method, body);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            try {
                var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Answer(method + " " + path, response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static HttpRequest.BodyPublisher json(Object body) {
            return HttpRequest.BodyPublishers.ofByteArray(
                    body instanceof String text
                            ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            : Answer.JSON.writeValueAsBytes(body));
        }
    }
}
