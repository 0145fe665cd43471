package org.skillsmatrix.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole application on a fresh database: it starts, stores the demo organisation, and serves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    TeamTargets targets;

    @Autowired
    Catalog catalog;

    @Autowired
    Assessments assessments;

    @Test
    void stores_the_demo_organisation_over_the_whole_catalog() {
        assertThat(people.count()).isGreaterThanOrEqualTo(60);
        assertThat(teams.all()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(targets.all()).isNotEmpty();
        assertThat(catalog.categories()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(catalog.skills()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(assessments.count()).isGreaterThan(5_000);
    }

    @Test
    void reports_liveness_and_readiness() throws Exception {
        assertThat(get("/actuator/health/liveness")).satisfies(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"UP\"");
        });
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void exposes_prometheus_metrics() throws Exception {
        var response = get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
        assertThat(response.body())
                .as("each request is timed, not each filter of its security chain")
                .contains("http_server_requests_active_seconds")
                .doesNotContain("spring_security_filterchains");
    }

    @Test
    void sends_anonymous_visitors_to_the_sign_in_page() throws Exception {
        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        var login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).containsIgnoringCase("<html");
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
