package org.skillsmatrix.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.app.SkillsMatrixApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup and restore as docs/operations.md describes them: the product fills a database (the demo organisation and a
 * manager's rating through the API), {@code pg_dump -Fc} backs it up, {@code pg_restore} restores it into a new
 * database, and the application started on the restored database answers a team's matrix, the organisation's gaps and
 * a person's history exactly as before.
 *
 * <p>The server is PostgreSQL 15 (zonky's binaries of that version, which the build copies into {@code target}),
 * because the {@code pg_dump} and {@code pg_restore} here are Debian 12's, version 15, and {@code pg_dump} refuses a
 * server newer than itself. {@code .ci/run} installs them where they are missing.
 */
class BackupRestoreIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void the_application_on_a_restored_backup_answers_as_before() throws Exception {
        try (var server = postgres15()) {
            createDatabase(server, "skills_matrix");
            Map<String, String> before;
            try (var app = start(server, "skills_matrix", "--skills-matrix.demo-data.enabled=true")) {
                rateNoahInPostgreSql(app);
                before = answers(app);
            }
            assertThat(before.get("history")).contains("Restored from last night's backup");

            var backup = work.resolve("skills-matrix.dump");
            run(
                    "pg_dump",
                    "-Fc",
                    "-h",
                    "localhost",
                    "-p",
                    port(server),
                    "-U",
                    "postgres",
                    "-f",
                    backup.toString(),
                    "skills_matrix");
            createDatabase(server, "restored");
            run(
                    "pg_restore",
                    "--no-owner",
                    "--exit-on-error",
                    "-h",
                    "localhost",
                    "-p",
                    port(server),
                    "-U",
                    "postgres",
                    "-d",
                    "restored",
                    backup.toString());

            // the demo accounts as on the first database; a database that holds people gets no demo data
            try (var app = start(server, "restored", "--skills-matrix.demo-data.enabled=true")) {
                assertThat(answers(app)).isEqualTo(before);
            }
        }
    }

    /** What a manager and HR read: a team's matrix, the organisation's gaps, a person's history. */
    private static Map<String, String> answers(ConfigurableApplicationContext app) {
        var answers = new LinkedHashMap<String, String>();
        var team = payments(app);
        answers.put("matrix", get(app, "manager", "/api/v1/teams/" + team + "/matrix"));
        answers.put("organisation gaps", get(app, "hr", "/api/v1/organisation/gaps?size=200"));
        answers.put("history", get(app, "manager", "/api/v1/people/" + noah(app, team) + "/assessments?size=200"));
        answers.put("people", get(app, "hr", "/api/v1/people?size=200&sort=name"));
        return answers;
    }

    private static void rateNoahInPostgreSql(ConfigurableApplicationContext app) {
        var team = payments(app);
        var skill = JSON.readTree(get(app, "manager", "/api/v1/skills?q=postgresql"))
                .get("items")
                .get(0)
                .get("id")
                .asString();
        var body = "{\"skill\":\"" + skill + "\",\"level\":4,\"evidence\":\"Restored from last night's backup\"}";
        var answer = send(
                app,
                "manager",
                "/api/v1/people/" + noah(app, team) + "/assessments",
                HttpRequest.BodyPublishers.ofString(body));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    private static String payments(ConfigurableApplicationContext app) {
        return JSON.readTree(get(app, "manager", "/api/v1/teams?q=payments"))
                .get("items")
                .get(0)
                .get("id")
                .asString();
    }

    private static String noah(ConfigurableApplicationContext app, String team) {
        for (JsonNode member :
                JSON.readTree(get(app, "manager", "/api/v1/teams/" + team)).get("members")) {
            if ("Noah Fischer".equals(member.get("name").asString())) {
                return member.get("id").asString();
            }
        }
        throw new AssertionError("No Noah Fischer in Payments");
    }

    private static String get(ConfigurableApplicationContext app, String user, String path) {
        var answer = send(app, user, path, null);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static HttpResponse<String> send(
            ConfigurableApplicationContext app, String user, String path, HttpRequest.BodyPublisher body) {
        var credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(LocalRun.address(app) + path))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json");
        request = body == null ? request.GET() : request.POST(body);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres server, String database, String... settings) {
        var arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + database,
                "--spring.datasource.username=postgres"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(SkillsMatrixApplication.class).run(arguments.toArray(String[]::new));
    }

    /** A PostgreSQL 15 server on a temporary directory, from the binaries the build copied into target. */
    private EmbeddedPostgres postgres15() throws IOException {
        var binaries = Path.of(
                System.getProperty("skills-matrix.postgres-15.binaries", "target/postgres-15/postgres-binaries.jar"));
        if (!Files.isRegularFile(binaries)) {
            throw new IllegalStateException("No PostgreSQL 15 binaries at " + binaries.toAbsolutePath()
                    + ": the Maven build copies them there before the integration tests (./mvnw verify)");
        }
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, architecture) -> entry(binaries, system, architecture))
                .setPort(0)
                .setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("fsync", "off")
                .start();
    }

    private static InputStream entry(Path jar, String system, String architecture) throws IOException {
        var name = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + architecture + ".txz";
        try (var zip = new ZipFile(jar.toFile())) {
            var entry = zip.getEntry(name);
            if (entry == null) {
                throw new IllegalStateException("No " + name + " in " + jar);
            }
            try (var in = zip.getInputStream(entry)) {
                return new java.io.ByteArrayInputStream(in.readAllBytes());
            }
        }
    }

    private static void createDatabase(EmbeddedPostgres server, String name) throws Exception {
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        }
    }

    private static String port(EmbeddedPostgres server) {
        return Integer.toString(server.getPort());
    }

    /** Runs a PostgreSQL client program; it must end well within a minute. */
    private void run(String... command) throws Exception {
        var output = work.resolve(command[0] + ".log");
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    command[0] + " is missing: install PostgreSQL's client programs (Debian: postgresql-client)", e);
        }
        assertThat(process.waitFor(2, TimeUnit.MINUTES))
                .as(command[0] + " ended")
                .isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ":\n" + Files.readString(output))
                .isZero();
    }
}
