package org.skillsmatrix.app.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak that ships with the project, started for real once per test JVM: the distribution from Maven Central
 * ({@code org.keycloak:keycloak-quarkus-dist}), which the build unpacks into {@code modules/app/target/keycloak} before
 * the integration tests, with the realm of {@code deploy/keycloak/realm} imported into an in-memory database. Each test
 * run therefore starts from the realm file as it is in the working tree.
 *
 * <p>It listens on loopback on free ports, and is reached through a {@link LoopbackGate} on a port of its own, which a
 * test shuts to make Keycloak unreachable and opens again ({@link #unreachable()}, {@link #reachable()}); its issuer is
 * {@code http://localhost:<the gate's port>/realms/skills-matrix}. It uses the test JVM's Java, stops with the JVM (a shutdown hook), and a watchdog ends it within a second should the JVM die
 * without running its hooks. Its log is {@code target/keycloak/keycloak.log}.
 *
 * <p>Brute-force protection is on in the realm: two wrong passwords for the same user within a second lock that user
 * out for a minute. Tests that try wrong passwords should use a user no other test needs, such as {@code newcomer}.
 */
public final class KeycloakServer {

    public static final String REALM = "skills-matrix";
    /** The confidential client of the web UI: authorization code with PKCE (S256) only. */
    public static final String WEB_CLIENT_ID = "skills-matrix-web";
    /** The web client's secret in this server: always the realm's local default, whatever the environment says. */
    public static final String WEB_CLIENT_SECRET = "skills-matrix-web-secret";
    /** The public client for scripts and tests: resource-owner password grant only. */
    public static final String CLI_CLIENT_ID = "skills-matrix-cli";
    /** The audience that access tokens of both clients carry. */
    public static final String API_AUDIENCE = "skills-matrix-api";
    /** The password of every user of the realm. */
    public static final String DEMO_PASSWORD = "demo";

    private static final String ADMIN_USERNAME = "admin";
    private static final String ADMIN_PASSWORD = "admin";
    /** 300 s unless the system property skills-matrix.keycloak.ready-seconds says otherwise (a loaded machine). */
    private static final Duration READY_TIMEOUT =
            Duration.ofSeconds(Long.getLong("skills-matrix.keycloak.ready-seconds", 300));

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 60;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    /**
     * Runs the server in the background and ends it once the JVM whose process id is the first argument is gone, or
     * when this shell is told to stop.
     */
    private static final String WATCHDOG = """
            watched=$1; shift
            "$@" &
            server=$!
            trap 'kill -TERM "$server" 2>/dev/null' TERM INT
            while kill -0 "$watched" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1; done
            kill -TERM "$server" 2>/dev/null
            wait "$server"
            """;

    private static @Nullable KeycloakServer running;
    private static @Nullable RuntimeException startFailure;
    private static @Nullable CompletableFuture<KeycloakServer> starting;

    private final String version;
    private final int port;
    private final int managementPort;
    private final LoopbackGate gate;
    private final Path home;
    private final Path log;
    private volatile Process process;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private Duration startup = Duration.ZERO;

    private KeycloakServer(String version, int port, int managementPort, Path home, Path log) {
        this.version = version;
        this.port = port;
        this.managementPort = managementPort;
        this.gate = new LoopbackGate(port);
        this.home = home;
        this.log = log;
        this.process = launch();
    }

    /**
     * The server of this JVM, started on the first call, or the one {@link #startInBackground()} started, once it is
     * ready; later calls return at once.
     */
    public static synchronized KeycloakServer get() {
        if (startFailure != null) {
            throw new IllegalStateException("Keycloak did not start earlier in this test run", startFailure);
        }
        if (running == null) {
            try {
                running = starting == null ? start() : ready(starting);
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return running;
    }

    /**
     * Starts the server of {@link #get()} on a thread of its own, so that it gets ready while other tests run; does
     * nothing once it is started or starting.
     */
    public static synchronized void startInBackground() {
        if (running == null && startFailure == null && starting == null) {
            starting = CompletableFuture.supplyAsync(KeycloakServer::start, task -> {
                var thread = new Thread(task, "keycloak-start");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    private static KeycloakServer ready(CompletableFuture<KeycloakServer> starting) {
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Shuts the gate in front of the server: to everyone who reaches it, as the applications under test do, it is gone
     * (connections refused, open ones closed), as if it had stopped, until {@link #reachable()}. A test that calls it
     * calls {@code reachable()} in a {@code finally}, as the other tests need the server.
     */
    public void unreachable() {
        gate.shut();
    }

    /** Opens the gate again: the server answers as before, with the same realm, keys and sessions. */
    public void reachable() {
        gate.open();
    }

    /** The Keycloak version, as in the name of the unpacked distribution. */
    public String version() {
        return version;
    }

    /** How long the server took from its start to the first successful readiness check. */
    public Duration startup() {
        return startup;
    }

    /**
     * {@code http://localhost:<the gate's port>}: the admin REST API lives below it at {@code
     * /admin/realms/skills-matrix}.
     */
    public URI baseUri() {
        return URI.create("http://localhost:" + gate.port());
    }

    /** {@code http://localhost:<port>/realms/skills-matrix}: the {@code iss} of every token. */
    public String issuerUri() {
        return baseUri() + "/realms/" + REALM;
    }

    public URI authorizationEndpoint() {
        return openIdConnect("auth");
    }

    public URI tokenEndpoint() {
        return openIdConnect("token");
    }

    public URI userInfoEndpoint() {
        return openIdConnect("userinfo");
    }

    public URI endSessionEndpoint() {
        return openIdConnect("logout");
    }

    public URI jwkSetUri() {
        return openIdConnect("certs");
    }

    /** An access token for a user of the realm, from the real token endpoint through the CLI client. */
    public String token(String username, String password) {
        return tokens(username, password).accessToken();
    }

    /**
     * The access, ID and refresh tokens of a user from the real token endpoint: resource-owner password grant through
     * the CLI client, scope {@code openid}.
     *
     * @throws TokenRefused when Keycloak refuses, for example for a wrong password
     */
    public Tokens tokens(String username, String password) {
        var response = postForm(
                tokenEndpoint(),
                Map.of(
                        "grant_type", "password",
                        "client_id", CLI_CLIENT_ID,
                        "username", username,
                        "password", password,
                        "scope", "openid"));
        if (response.statusCode() != 200) {
            throw new TokenRefused(username, response.statusCode(), response.body());
        }
        var body = JSON.readValue(response.body(), JSON_OBJECT);
        return new Tokens(
                (String) body.get("access_token"), (String) body.get("id_token"), (String) body.get("refresh_token"));
    }

    /** What the userinfo endpoint answers for an access token. */
    public Map<String, Object> userInfo(String accessToken) {
        var response = send(HttpRequest.newBuilder(userInfoEndpoint())
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("userinfo answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readValue(response.body(), JSON_OBJECT);
    }

    /**
     * An access token of Keycloak's own administrator (master realm), for the admin REST API below
     * {@code baseUri()/admin/realms/skills-matrix}; it expires after a minute.
     */
    public String adminToken() {
        var response = postForm(
                URI.create(baseUri() + "/realms/master/protocol/openid-connect/token"),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        ADMIN_USERNAME,
                        "password",
                        ADMIN_PASSWORD));
        if (response.statusCode() != 200) {
            throw new TokenRefused(ADMIN_USERNAME, response.statusCode(), response.body());
        }
        return (String) JSON.readValue(response.body(), JSON_OBJECT).get("access_token");
    }

    /** The claims of a JWT as Keycloak wrote them. The signature is not checked: this is for looking, not trusting. */
    public static Map<String, Object> claims(String jwt) {
        var parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a JWS in compact form: " + parts.length + " parts");
        }
        return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), JSON_OBJECT);
    }

    /** The tokens of one grant. */
    public record Tokens(String accessToken, String idToken, String refreshToken) {}

    /** Keycloak's token endpoint said no. */
    public static final class TokenRefused extends RuntimeException {

        private final int status;

        TokenRefused(String username, int status, String body) {
            super("Keycloak refused a token for " + username + ": " + status + " " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private URI openIdConnect(String endpoint) {
        return URI.create(issuerUri() + "/protocol/openid-connect/" + endpoint);
    }

    private HttpResponse<String> postForm(URI uri, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KeycloakServer start() {
        var home = distribution();
        var ports = freePorts(2);
        var log = home.getParent().resolve("keycloak.log");
        var version = home.getFileName().toString().substring("keycloak-".length());
        importOnly(realmFile(), home.resolve("data").resolve("import"));
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a new log at " + log, e);
        }

        long started = System.nanoTime();
        var server = new KeycloakServer(version, ports.get(0), ports.get(1), home, log);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));
        server.awaitReady(started);
        System.out.printf(
                "Keycloak %s ready at %s after %.1f s (log: %s)%n",
                version, server.issuerUri(), server.startup.toMillis() / 1000.0, log);
        return server;
    }

    private Process launch() {
        var command = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                WATCHDOG,
                "keycloak-watchdog",
                Long.toString(ProcessHandle.current().pid())));
        command.addAll(List.of(
                home.resolve("bin").resolve("kc.sh").toString(),
                "start",
                // build options: Keycloak re-augments itself once when they differ from the last build
                "--db=dev-mem",
                "--cache=local",
                "--health-enabled=true",
                // run-time options
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=" + baseUri(),
                "--import-realm"));
        var builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("KC_"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("SKILLS_MATRIX_OIDC_CLIENT_SECRET", WEB_CLIENT_SECRET);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    private void awaitReady(long started) {
        var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = started + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with " + process.exitValue() + " before it was ready" + logTail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startup = Duration.ofNanos(System.nanoTime() - started);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofSeconds(1));
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready after " + READY_TIMEOUT.toSeconds() + " s" + logTail());
    }

    /** Stops the server: its ports refuse connections until {@link #restart()}. */
    public synchronized void stop() {
        var process = this.process;
        if (!process.isAlive()) {
            return;
        }
        // the watchdog shell, kc.sh and Keycloak's JVM, each asked to end
        var all = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .toList();
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (var handle : all) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                all.forEach(ProcessHandle::destroyForcibly);
                return;
            }
        }
    }

    private String logTail() {
        try (var lines = Files.lines(log)) {
            var all = lines.toList();
            return "\n--- last lines of " + log + " ---\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - LOG_TAIL_LINES), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return " (no log at " + log + ")";
        }
    }

    /** The distribution the build unpacked; from an IDE, the one a Maven run left in this module's target. */
    private static Path distribution() {
        var configured = System.getProperty("skills-matrix.keycloak.home");
        Path home;
        if (configured != null) {
            home = Path.of(configured);
        } else {
            try (var unpacked = Files.list(Path.of("target", "keycloak"))) {
                home = unpacked.filter(path -> path.getFileName().toString().startsWith("keycloak-"))
                        .filter(Files::isDirectory)
                        .findFirst()
                        .orElse(Path.of("target", "keycloak", "keycloak-<version>"));
            } catch (IOException e) {
                home = Path.of("target", "keycloak", "keycloak-<version>");
            }
        }
        home = home.toAbsolutePath().normalize();
        if (!Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + ": the Maven build unpacks org.keycloak:keycloak-quarkus-dist there before the integration tests"
                    + " (./mvnw verify)");
        }
        return home;
    }

    private static Path realmFile() {
        var configured = System.getProperty("skills-matrix.keycloak.realm");
        var relative = Path.of("deploy", "keycloak", "realm", "skills-matrix-realm.json");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("No " + relative + " in the working directory or above it");
    }

    /** Makes the realm file the only one Keycloak imports. */
    private static void importOnly(Path realm, Path importDirectory) {
        try {
            Files.createDirectories(importDirectory);
            try (var old = Files.list(importDirectory)) {
                for (var file : old.toList()) {
                    Files.delete(file);
                }
            }
            Files.copy(realm, importDirectory.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put the realm into " + importDirectory, e);
        }
    }

    /** Distinct free loopback ports, held together so that none is handed out twice. */
    private static List<Integer> freePorts(int count) {
        var sockets = new ArrayList<ServerSocket>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        } finally {
            for (var socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // it was only a probe
                }
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
