package org.skillsmatrix.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skillsmatrix.app.it.LocalRun;
import org.skillsmatrix.app.it.NodesOnOneDatabase;
import org.skillsmatrix.demo.DemoOrganisationGenerator;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes started at the same moment on one empty database with demo data on.
 */
class SeveralNodesIT {

    @RegisterExtension
    final NodesOnOneDatabase nodes = new NodesOnOneDatabase();

    @Test
    void both_come_up_and_the_demo_organisation_is_stored_once() throws Exception {
        var started = nodes.startAtOnce(2, "--skills-matrix.demo-data.enabled=true");

        var first = started.getFirst();
        var catalog = first.getBean(Catalog.class);
        var organisation = DemoOrganisationGenerator.generate(
                catalog.categories(),
                catalog.skills(),
                first.getBean(DemoDataProperties.class).settings(),
                Instant.now());
        for (var node : started) {
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
