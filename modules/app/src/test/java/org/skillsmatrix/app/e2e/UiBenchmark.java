package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI under N open sessions in Chromium, against the application's executable jar started as operators run it,
 * in a JVM of its own (embedded PostgreSQL, the demo organisation, the manifests' 768 MiB heap): N sessions sign in
 * (managers and HR in turn), visit the team matrix, gaps and my skills, and stay open; then, one at a time, each
 * changes view from the menu (team matrix, gaps, my skills) for a few rounds. What the server does is read from outside
 * its JVM, so that Chromium and Playwright's client in this JVM are not counted:
 * <ul>
 *   <li>CPU time per view change: the kernel's count of the server JVM's threads' time on a CPU, from the click until
 *       the browser has no request to the server under way;</li>
 *   <li>the server's time of each navigation: Tomcat's access log times each of Vaadin's round trips
 *       ({@code v-r=uidl}) from its first byte read to its answer's end;</li>
 *   <li>live heap per open session: the live objects after a full collection ({@code jcmd GC.class_histogram}) with
 *       N/2 and with N sessions open, divided by the N/2 between, and the classes that grow with them.</li>
 * </ul>
 * A benchmark, not a test: it prints its tables and writes them to {@code target/ui-benchmark.txt}
 * (docs/performance.md).
 */
class UiBenchmark {

    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 30);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final Path JAR = Path.of(System.getProperty("benchmark.jar", "target/skills-matrix.jar"));
    private static final List<String> JVM_OPTIONS =
            List.of(System.getProperty("benchmark.jvm-options", "-Xmx768m").split(" "));
    private static final List<String> VIEWS = List.of("matrix", "gaps", "");
    private static final List<String[]> ACCOUNTS =
            List.of(new String[] {"manager", "Maya Schmidt"}, new String[] {"hr", "Hannah Ruiz"});
    private static final int CLASSES_SHOWN = 25;

    @TempDir
    Path work;

    @Test
    void view_changes_beside_open_sessions() throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        var loadAtStart = Files.readString(Path.of("/proc/loadavg")).strip();
        try (var server = ServerProcess.start(JAR, work, JVM_OPTIONS);
                var chromium = new Chromium()) {
            var contexts = new ArrayList<BrowserContext>();
            var pages = new ArrayList<Page>();
            Map<String, Long> half = Map.of();
            for (int i = 0; i < SESSIONS; i++) {
                var account = ACCOUNTS.get(i % ACCOUNTS.size());
                var session = Browsing.session(chromium.browser());
                contexts.add(session);
                var page = Browsing.signIn(session, server.base(), account[0], account[1]);
                // waiting for the page to settle may take longer than Playwright's 30 s on a loaded machine
                page.setDefaultTimeout(180_000);
                pages.add(page);
                for (var view : VIEWS) {
                    change(page, view);
                }
                Browsing.settle(page);
                if (i + 1 == SESSIONS / 2) {
                    half = server.liveObjects();
                }
            }
            var all = server.liveObjects();
            long idleCpu = idleCpuPerSecond(server);

            var cpu = new HashMap<String, List<Long>>();
            var serverTime = new HashMap<String, List<Long>>();
            var database = new ArrayList<Long>();
            var matrixShown = new ArrayList<Long>();
            long ticksBefore = server.cpuTicksNanos();
            int changes = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (var page : pages) {
                    for (var view : VIEWS) {
                        long logged = server.accessLogEnd();
                        long cpuBefore = server.cpuNanos();
                        long databaseBefore = server.databaseCpuNanos();
                        long clicked = System.nanoTime();
                        change(page, view);
                        long shown = System.nanoTime();
                        Browsing.settle(page);
                        var roundTrips = roundTripsSince(server, logged);
                        cpu.computeIfAbsent(view, v -> new ArrayList<>()).add(server.cpuNanos() - cpuBefore);
                        database.add(server.databaseCpuNanos() - databaseBefore);
                        serverTime
                                .computeIfAbsent(view, v -> new ArrayList<>())
                                .add(roundTrips.stream()
                                                .mapToLong(Long::longValue)
                                                .sum()
                                        * 1000);
                        if (view.equals("matrix")) {
                            matrixShown.add(shown - clicked);
                        }
                        changes++;
                    }
                }
            }
            long ticksPerChange = (server.cpuTicksNanos() - ticksBefore) / changes;
            var loadAtEnd = Files.readString(Path.of("/proc/loadavg")).strip();

            int between = SESSIONS - SESSIONS / 2;
            var lines = new ArrayList<>(List.of(
                    "| figure | measured | goal |",
                    "| --- | --- | --- |",
                    "| sessions open | %d (%d view changes measured, %d rounds) | |"
                            .formatted(SESSIONS, changes, ROUNDS),
                    "| server CPU per view change, median / p95 (all views) | %s / %s ms | median ≤ 20 ms |"
                            .formatted(ms(percentile(flat(cpu), 50)), ms(percentile(flat(cpu), 95))),
                    "| server CPU per view change, median: team matrix / gaps / my skills | %s / %s / %s ms | |"
                            .formatted(
                                    ms(percentile(cpu.get("matrix"), 50)),
                                    ms(percentile(cpu.get("gaps"), 50)),
                                    ms(percentile(cpu.get(""), 50))),
                    "| server CPU per view change, mean: threads running / whole process in 10 ms ticks | %s / %s ms | |"
                            .formatted(ms(mean(flat(cpu))), ms(ticksPerChange)),
                    "| server CPU while all sessions sit idle | %s ms a second | |".formatted(ms(idleCpu)),
                    "| PostgreSQL CPU per view change, median / mean | %s / %s ms | |"
                            .formatted(ms(percentile(database, 50)), ms(mean(database))),
                    "| server time of a view change, median / p95 | %s / %s ms | |"
                            .formatted(ms(percentile(flat(serverTime), 50)), ms(percentile(flat(serverTime), 95))),
                    "| server time of a team-matrix navigation, median / p95 | %s / %s ms | p95 ≤ 150 ms |"
                            .formatted(
                                    ms(percentile(serverTime.get("matrix"), 50)),
                                    ms(percentile(serverTime.get("matrix"), 95))),
                    "| click on Team matrix to its grid shown, median / p95 | %s / %s ms | |"
                            .formatted(ms(percentile(matrixShown, 50)), ms(percentile(matrixShown, 95))),
                    "| live heap per open session (matrix, gaps, my skills visited) | %d KB | ≤ 150 KB |"
                            .formatted((all.get("") - half.get("")) / between / 1024),
                    "| live heap with %d / %d sessions open | %d / %d MB | |"
                            .formatted(SESSIONS / 2, SESSIONS, half.get("") >> 20, all.get("") >> 20),
                    "| load average (1, 5, 15 min) at start / end | %s / %s | |"
                            .formatted(loadAverages(loadAtStart), loadAverages(loadAtEnd)),
                    "",
                    "What a session holds, the classes that grow most from %d to %d sessions:"
                            .formatted(SESSIONS / 2, SESSIONS),
                    "",
                    "| class | bytes per session |",
                    "| --- | --- |"));
            for (var grown : growth(half, all, between, CLASSES_SHOWN)) {
                lines.add("| `%s` | %,d |".formatted(grown.getKey(), grown.getValue()));
            }
            var table = String.join(System.lineSeparator(), lines);
            Files.write(
                    Path.of("target/ui-benchmark-classes.txt"),
                    growth(half, all, between, Integer.MAX_VALUE).stream()
                            .map(grown -> grown.getValue() + " " + grown.getKey())
                            .toList());
            System.out.println(table);
            Files.writeString(Path.of("target/ui-benchmark.txt"), table + System.lineSeparator());
            contexts.forEach(BrowserContext::close);
        }
    }

    /** Changes view from the menu and waits for the server's answer and the new view's title (the matrix: its grid). */
    private static void change(Page page, String view) {
        page.waitForResponse(
                response -> response.url().contains("v-r=uidl"),
                () -> page.locator("vaadin-side-nav-item[path='" + view + "']").click());
        assertThat(page.locator("#page-title")).not().isEmpty();
        if (view.equals("matrix")) {
            assertThat(page.locator("#team-matrix")).isVisible();
        }
    }

    /** The server times in microseconds of the round trips logged since {@code logged}; at least one is awaited. */
    private static List<Long> roundTripsSince(ServerProcess server, long logged) throws Exception {
        var times = server.requestMicrosSince(logged, "v-r=uidl");
        for (int wait = 0; times.isEmpty() && wait < 500; wait++) {
            Thread.sleep(10);
            times = server.requestMicrosSince(logged, "v-r=uidl");
        }
        return times;
    }

    /** What the server spends a second with every session open and nobody doing anything, over ten seconds. */
    private static long idleCpuPerSecond(ServerProcess server) throws InterruptedException {
        long before = server.cpuNanos();
        Thread.sleep(10_000);
        return (server.cpuNanos() - before) / 10;
    }

    /** The classes whose live bytes grew most between the two histograms, per session between them. */
    private static List<Map.Entry<String, Long>> growth(
            Map<String, Long> half, Map<String, Long> all, int between, int classes) {
        return all.entrySet().stream()
                .filter(entry -> !entry.getKey().isEmpty())
                .map(entry ->
                        Map.entry(entry.getKey(), (entry.getValue() - half.getOrDefault(entry.getKey(), 0L)) / between))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(classes)
                .toList();
    }

    private static List<Long> flat(Map<String, List<Long>> byView) {
        return byView.values().stream().flatMap(List::stream).toList();
    }

    private static long percentile(List<Long> values, int p) {
        var sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum() / values.size();
    }

    private static String loadAverages(String loadavg) {
        return String.join(" ", Arrays.asList(loadavg.split(" ")).subList(0, 3));
    }

    private static String ms(long nanos) {
        return "%.1f".formatted(nanos / 1e6);
    }
}
