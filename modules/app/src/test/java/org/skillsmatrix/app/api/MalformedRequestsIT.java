package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests the web server refuses before the application sees them, sent byte for byte as a careless or hostile
 * client would: under {@code /api} problem details like every other error, elsewhere a plain page; neither names
 * the server, its version or anything of how it is built.
 */
class MalformedRequestsIT extends ApiIT {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/skills/a%2Fb", // an encoded slash
                "/api/v1/skills/a%5Cb", // an encoded backslash
                "/api/v1/skills/%zz", // a percent sign that encodes nothing
                "/api/v1/skills?filter={x}", // characters a request line may not hold
            })
    void aMalformedAddressUnderTheApiIsAProblem(String target) {
        var problem = assertProblem(raw(target, ""), 400);

        assertThat(problem.get("title")).isEqualTo("Bad Request");
    }

    @Test
    void headersOverTheSizeLimitAreAProblemToo() {
        var problem = assertProblem(raw("/api/v1/me", "X-Padding: " + "a".repeat(20_000) + "\r\n"), 400);

        assertThat(problem.get("detail")).asString().contains("headers are too large");
    }

    @Test
    void elsewhereTheServerAnswersAPlainPageThatDoesNotNameIt() {
        var answer = raw("/matrix/a%2Fb", "");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.text()).doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("apache");
    }

    /** Sends the request as written, on a connection of its own, and reads the whole answer. */
    private Answer raw(String target, String headers) {
        var request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n";
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            var bytes = socket.getInputStream().readAllBytes();
            return parse("GET " + target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(String request, byte[] bytes) {
        var text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("an HTTP answer to %s", request).isPositive();
        var head = text.substring(0, end).split("\r\n");
        var fields = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        for (var line : Arrays.asList(head).subList(1, head.length)) {
            int colon = line.indexOf(':');
            fields.computeIfAbsent(line.substring(0, colon), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return new Answer(
                request,
                Integer.parseInt(head[0].split(" ")[1]),
                HttpHeaders.of(fields, (name, value) -> true),
                Arrays.copyOfRange(bytes, end + 4, bytes.length));
    }
}
