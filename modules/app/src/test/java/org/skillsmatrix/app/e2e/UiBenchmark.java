package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import jakarta.servlet.Filter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.app.SkillsMatrixApplication;
import org.skillsmatrix.app.it.LocalRun;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The web UI under N open sessions in Chromium, as the README runs the application (embedded PostgreSQL, the demo
 * organisation), in this JVM so that it can measure the server itself: N sessions sign in (managers and HR in turn)
 * and stay open; then, one at a time, each changes view from the menu (team matrix, gaps, my skills) for a few rounds.
 * It reports the server's CPU time per view change (this JVM's process CPU time across the click and its answer; the
 * Chromium processes are not counted, the embedded PostgreSQL neither), the server's time of each navigation (a
 * servlet filter first in the chain, from the request to its end), the time from the click on Team matrix to its
 * grid shown in the browser, and the live heap per open session (the heap used after a full collection, with N/2 and
 * with N sessions open, matrix and gaps visited, divided by the N/2 between).
 * A benchmark, not a test: it prints its table and writes it to {@code target/ui-benchmark.txt} (docs/performance.md).
 */
class UiBenchmark {

    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 20);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final List<String> VIEWS = List.of("matrix", "gaps", "");
    private static final List<String[]> ACCOUNTS =
            List.of(new String[] {"manager", "Maya Schmidt"}, new String[] {"hr", "Hannah Ruiz"});

    /** Each UIDL request's server time in nanoseconds, in the order they ended. */
    private static final ConcurrentLinkedDeque<Long> UIDL_NANOS = new ConcurrentLinkedDeque<>();

    @TempDir
    Path data;

    /** Times Vaadin's round trips, first in the chain. */
    @Configuration(proxyBeanMethods = false)
    static class ServerTimes {

        @Bean
        FilterRegistrationBean<Filter> uidlTimes() {
            Filter filter = (request, response, chain) -> {
                long started = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    var query = ((jakarta.servlet.http.HttpServletRequest) request).getQueryString();
                    if (query != null && query.contains("v-r=uidl")) {
                        UIDL_NANOS.add(System.nanoTime() - started);
                    }
                }
            };
            var registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Test
    void view_changes_beside_open_sessions() throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        try (var app = new SpringApplicationBuilder(SkillsMatrixApplication.class, ServerTimes.class)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=",
                                "--skills-matrix.embedded-database.data-directory=" + data.resolve("postgres"));
                var chromium = new Chromium()) {
            var base = LocalRun.address(app);
            var contexts = new ArrayList<BrowserContext>();
            var pages = new ArrayList<Page>();
            long heapHalf = 0;
            for (int i = 0; i < SESSIONS; i++) {
                var account = ACCOUNTS.get(i % ACCOUNTS.size());
                var session = Browsing.session(chromium.browser());
                contexts.add(session);
                var page = Browsing.signIn(session, base, account[0], account[1]);
                pages.add(page);
                for (var view : VIEWS) {
                    change(page, view);
                }
                if (i + 1 == SESSIONS / 2) {
                    heapHalf = liveHeap();
                }
            }
            long heapAll = liveHeap();

            var cpu = new ArrayList<Long>();
            var matrixServer = new ArrayList<Long>();
            var matrixShown = new ArrayList<Long>();
            var allServer = new ArrayList<Long>();
            for (int round = 0; round < ROUNDS; round++) {
                for (var page : pages) {
                    for (var view : VIEWS) {
                        int before = UIDL_NANOS.size();
                        long cpuBefore = os.getProcessCpuTime();
                        long clicked = System.nanoTime();
                        change(page, view);
                        long shown = System.nanoTime();
                        long cpuAfter = os.getProcessCpuTime();
                        cpu.add(cpuAfter - cpuBefore);
                        long server = serverTimeSince(before);
                        allServer.add(server);
                        if (view.equals("matrix")) {
                            matrixServer.add(server);
                            matrixShown.add(shown - clicked);
                        }
                    }
                }
            }
            var lines = List.of(
                    "| figure | measured | goal |",
                    "| --- | --- | --- |",
                    "| sessions open | %d (%d view changes measured) | |".formatted(SESSIONS, cpu.size()),
                    "| server CPU per view change, median / p95 | %s / %s ms | median ≤ 20 ms |"
                            .formatted(ms(percentile(cpu, 50)), ms(percentile(cpu, 95))),
                    "| server time of a view change, median / p95 | %s / %s ms | |"
                            .formatted(ms(percentile(allServer, 50)), ms(percentile(allServer, 95))),
                    "| server time of a team-matrix navigation, median / p95 | %s / %s ms | p95 ≤ 150 ms |"
                            .formatted(ms(percentile(matrixServer, 50)), ms(percentile(matrixServer, 95))),
                    "| click on Team matrix to its grid shown, median / p95 | %s / %s ms | |"
                            .formatted(ms(percentile(matrixShown, 50)), ms(percentile(matrixShown, 95))),
                    "| live heap per open session (matrix, gaps, my skills visited) | %d KB | ≤ 150 KB |"
                            .formatted((heapAll - heapHalf) / (SESSIONS - SESSIONS / 2) / 1024),
                    "| live heap with %d sessions open | %d MB | |".formatted(SESSIONS, heapAll >> 20));
            var table = String.join(System.lineSeparator(), lines);
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

    /** The server time of the navigation's round trips: the UIDL requests that ended since {@code before}. */
    private static long serverTimeSince(int before) throws InterruptedException {
        for (int wait = 0; UIDL_NANOS.size() <= before && wait < 500; wait++) {
            Thread.sleep(10);
        }
        var times = new ArrayList<>(UIDL_NANOS);
        return times.subList(Math.min(before, times.size()), times.size()).stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long percentile(List<Long> values, int p) {
        var sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        return "%.1f".formatted(nanos / 1e6);
    }
}
