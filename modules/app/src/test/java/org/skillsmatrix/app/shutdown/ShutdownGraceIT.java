package org.skillsmatrix.app.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.app.it.LocalRun;

/**
 * A node as deploy/kubernetes runs it, behind a load balancer that polls readiness on the management port: on SIGTERM
 * the node says DOWN first and keeps serving for the grace period, so the balancer takes it out before it refuses
 * anything.
 */
class ShutdownGraceIT {

    @TempDir
    Path data;

    @Test
    void readiness_goes_down_while_requests_are_still_served() throws Exception {
        var node = LocalRun.start(data, "--management.server.port=0", "--skills-matrix.shutdown.grace-period=10s");
        var address = LocalRun.address(node);
        var management = "http://localhost:" + node.getEnvironment().getProperty("local.management.port");
        try (var http = HttpClient.newHttpClient()) {
            assertThat(get(http, management + "/actuator/health/readiness").statusCode())
                    .isEqualTo(200);
            assertThat(get(http, management + "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
            assertThat(get(http, address + "/actuator/prometheus").statusCode())
                    .as("metrics are not served where users are")
                    .isNotEqualTo(200);

            var closed = CompletableFuture.runAsync(node::close);

            var readiness = get(http, management + "/actuator/health/readiness");
            while (readiness.statusCode() == 200 && !closed.isDone()) {
                Thread.sleep(20);
                readiness = get(http, management + "/actuator/health/readiness");
            }
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"OUT_OF_SERVICE\"");

            var me = get(http, address + "/api/v1/me");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("Maya");

            closed.join();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        var credentials = Base64.getEncoder().encodeToString("manager:demo".getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + credentials)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
