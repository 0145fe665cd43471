package org.skillsmatrix.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.demo.DemoOrganisationGenerator;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes started at the same moment on one empty database with demo data on.
 *
 * <p>Two nodes in one JVM share one logging context, and two Spring Boot starts that configure it at the same time
 * can fail each other; separate processes, as in production, never share it. So these nodes leave logging as the
 * JVM already has it.
 */
class SeveralNodesIT {

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private final EmbeddedDatabase database = EmbeddedDatabase.startTemporary();
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeEach
    void keepLoggingAsItIs() {
        System.setProperty(LOGGING_SYSTEM, "none");
    }

    @AfterEach
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        database.close();
        System.clearProperty(LOGGING_SYSTEM);
    }

    @Test
    void both_come_up_and_the_demo_organisation_is_stored_once() throws Exception {
        var start = new CyclicBarrier(2);
        try (var executor = Executors.newFixedThreadPool(2)) {
            var starting = new ArrayList<Future<ConfigurableApplicationContext>>();
            for (int node = 0; node < 2; node++) {
                starting.add(executor.submit(() -> {
                    start.await();
                    return LocalRun.startOn(database, "--skills-matrix.demo-data.enabled=true");
                }));
            }
            for (var node : starting) {
                nodes.add(node.get(5, TimeUnit.MINUTES));
            }
        }

        var first = nodes.getFirst();
        var catalog = first.getBean(Catalog.class);
        var organisation = DemoOrganisationGenerator.generate(
                catalog.categories(),
                catalog.skills(),
                first.getBean(DemoDataProperties.class).settings(),
                Instant.now());
        for (var node : nodes) {
            assertThat(node.getBean(People.class).count())
                    .isEqualTo(organisation.people().size());
            assertThat(node.getBean(Teams.class).all())
                    .hasSize(organisation.teams().size());
            assertThat(get(node, "/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(get(node, "/api/v1/me").body()).contains("Maya");
        }
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
        var credentials = Base64.getEncoder().encodeToString("manager:demo".getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(LocalRun.address(node) + path))
                .header("Authorization", "Basic " + credentials)
                .GET()
                .build();
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
