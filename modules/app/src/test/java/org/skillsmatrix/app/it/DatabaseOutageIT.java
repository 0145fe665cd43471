package org.skillsmatrix.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.app.SkillsMatrixApplication;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database stops under a steady load of API calls (demo accounts, HTTP Basic) and comes back: every answer is
 * a success or a 503 with problem details and Retry-After, never a sign-in failure or a redirect; readiness goes
 * DOWN while the database is away and UP again after; every acknowledged write is stored. The figures (time to the
 * first 503, readiness transitions, time to the first success after the return, writes acknowledged and stored) are
 * logged for docs/operations.md.
 */
class DatabaseOutageIT {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageIT.class);

    private static final Duration OUTAGE = Duration.ofSeconds(12);
    private static final int WRITERS = 3;

    @TempDir
    Path data;

    @Test
    void answers_503_while_the_database_is_down_and_loses_no_acknowledged_write() throws Exception {
        var database = EmbeddedDatabase.start(data, 0);
        int databasePort = database.port();
        try (var app = new SpringApplicationBuilder(SkillsMatrixApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        // the demo organisation, which is off by default on a database given by its URL
                        "--skills-matrix.demo-data.enabled=true")) {
            var load = new Load(LocalRun.address(app), skill(app));
            load.start();
            load.awaitAnswers(answer -> answer.status() == 201, 10);

            var stopped = Instant.now();
            database.close();
            Thread.sleep(OUTAGE);
            database = EmbeddedDatabase.start(data, databasePort);
            var restarted = Instant.now();

            load.awaitAnswers(answer -> answer.status() == 201 && answer.sent().isAfter(restarted), 5);
            load.awaitReadiness(sample -> sample.status() == 200 && sample.at().isAfter(restarted));
            load.stop();

            var answers = List.copyOf(load.answers);
            assertThat(answers)
                    .as("every answer is a success or a 503: %s", summary(answers))
                    .allSatisfy(answer -> assertThat(answer.status()).isIn(200, 201, 503));
            var refused = answers.stream().filter(a -> a.status() == 503).toList();
            assertThat(refused).as("503s while the database is down").isNotEmpty();
            assertThat(refused).allSatisfy(answer -> {
                assertThat(answer.contentType()).isEqualTo("application/problem+json");
                assertThat(answer.retryAfter()).matches("\\d+");
                assertThat(answer.body())
                        .contains("\"status\":503")
                        .contains("\"title\":\"Service Unavailable\"")
                        .contains("The database is unavailable");
            });

            var readiness = transitions(load.readiness);
            assertThat(readiness)
                    .as("readiness before, during and after the outage")
                    .containsExactly(200, 503, 200);

            var acknowledged = answers.stream()
                    .filter(answer -> answer.status() == 201)
                    .map(Answer::evidence)
                    .toList();
            var stored = stored(app);
            assertThat(stored).containsAll(acknowledged);

            log.info(
                    "Database outage of {} s: first 503 {} ms after the stop; slowest answer during the outage {} ms;"
                            + " readiness DOWN {} ms after the stop, UP {} ms after the restart; first success"
                            + " {} ms after the restart; {} writes acknowledged, {} stored, {} answers in all",
                    OUTAGE.toSeconds(),
                    refused.stream()
                            .map(a -> Duration.between(stopped, a.received()).toMillis())
                            .min(Long::compare)
                            .orElseThrow(),
                    answers.stream()
                            .filter(a -> a.sent().isAfter(stopped.plusSeconds(1))
                                    && a.sent().isBefore(restarted))
                            .mapToLong(a ->
                                    Duration.between(a.sent(), a.received()).toMillis())
                            .max()
                            .orElseThrow(),
                    load.readiness.stream()
                            .filter(s -> s.status() == 503)
                            .map(s -> Duration.between(stopped, s.at()).toMillis())
                            .findFirst()
                            .orElseThrow(),
                    load.readiness.stream()
                            .filter(s -> s.status() == 200 && s.at().isAfter(restarted))
                            .map(s -> Duration.between(restarted, s.at()).toMillis())
                            .findFirst()
                            .orElseThrow(),
                    answers.stream()
                            .filter(a -> a.status() / 100 == 2 && a.sent().isAfter(restarted))
                            .map(a -> Duration.between(restarted, a.received()).toMillis())
                            .min(Long::compare)
                            .orElseThrow(),
                    acknowledged.size(),
                    stored.size(),
                    answers.size());
        } finally {
            database.close();
        }
    }

    private static String skill(ConfigurableApplicationContext app) {
        return app.getBean(Catalog.class).skills().getFirst().id().value().toString();
    }

    private static List<String> stored(ConfigurableApplicationContext app) {
        var employee = app.getBean(People.class).byEmail(DemoPeople.EMPLOYEE).orElseThrow();
        return app.getBean(Assessments.class).history(employee.id()).stream()
                .map(Assessment::evidence)
                .filter(evidence -> evidence != null && evidence.startsWith(Load.EVIDENCE))
                .toList();
    }

    /** The statuses of the readiness samples with repeats folded: UP, DOWN, UP is 200, 503, 200. */
    private static List<Integer> transitions(Queue<Sample> samples) {
        var statuses = new ArrayList<Integer>();
        for (var sample : samples) {
            if (statuses.isEmpty() || !statuses.getLast().equals(sample.status())) {
                statuses.add(sample.status());
            }
        }
        return statuses;
    }

    private static String summary(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status)).values().stream()
                .map(List::getFirst)
                .map(Answer::toString)
                .collect(Collectors.joining("\n"));
    }

    record Answer(
            String request,
            String evidence,
            Instant sent,
            Instant received,
            int status,
            String contentType,
            String retryAfter,
            String location,
            String body) {}

    record Sample(Instant at, int status) {}

    /**
     * A bounded load: {@value #WRITERS} threads of the employee each rating themselves once every 100 ms, a manager
     * reading their own record, and a readiness probe every 250 ms, each waiting for its answer before the next.
     */
    private static final class Load {

        static final String EVIDENCE = "outage write ";

        final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
        final Queue<Sample> readiness = new ConcurrentLinkedQueue<>();

        private final String base;
        private final String skill;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Load(String base, String skill) {
            this.base = base;
            this.skill = skill;
        }

        void start() {
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int n = 0; running.get(); n++) {
                        var evidence = EVIDENCE + writer + "-" + n;
                        var body = "{\"skill\":\"" + skill + "\",\"level\":" + (n % 5)
                                + ",\"interest\":\"NEUTRAL\",\"evidence\":\"" + evidence + "\"}";
                        call(
                                request("/api/v1/me/assessments", "employee")
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                                evidence);
                        pause(100);
                    }
                }));
            }
            threads.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    call(request("/api/v1/me", "manager").GET(), "");
                    pause(100);
                }
            }));
            threads.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    try {
                        var response = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        readiness.add(new Sample(Instant.now(), response.statusCode()));
                    } catch (Exception e) {
                        readiness.add(new Sample(Instant.now(), -1));
                    }
                    pause(250);
                }
            }));
        }

        void awaitAnswers(Predicate<Answer> condition, int count) throws InterruptedException {
            var deadline = Instant.now().plusSeconds(120);
            while (answers.stream().filter(condition).count() < count
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        }

        void awaitReadiness(Predicate<Sample> condition) throws InterruptedException {
            var deadline = Instant.now().plusSeconds(120);
            while (readiness.stream().noneMatch(condition) && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (var thread : threads) {
                thread.join();
            }
        }

        private HttpRequest.Builder request(String path, String user) {
            var credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Basic " + credentials);
        }

        private void call(HttpRequest.Builder request, String evidence) {
            var built = request.build();
            var sent = Instant.now();
            try {
                var response = http.send(built, HttpResponse.BodyHandlers.ofString());
                answers.add(new Answer(
                        built.method() + " " + built.uri().getPath(),
                        evidence,
                        sent,
                        Instant.now(),
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Retry-After").orElse(""),
                        response.headers().firstValue("Location").orElse(""),
                        response.body()));
            } catch (Exception e) {
                answers.add(new Answer(
                        built.method() + " " + built.uri().getPath(),
                        evidence,
                        sent,
                        Instant.now(),
                        -1,
                        "",
                        "",
                        "",
                        e.toString()));
            }
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
