package org.skillsmatrix.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** wrk (on the PATH: {@code apt-get install wrk}), two threads, on one path. */
public final class Wrk {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NOT_OK = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern LATENCY = Pattern.compile("\\s+(50|99)%\\s+(\\S+)");

    private Wrk() {}

    /**
     * What one wrk run got through: successful answers per second (wrk's requests per second less those answered
     * otherwise than 2xx, such as a 503 when no database connection came free in time), the latency percentiles.
     */
    public record Run(double perSecond, String p50, String p99, long notOk) {
        public String describe() {
            return "%.0f req/s (latency p50 %s, p99 %s%s)"
                    .formatted(perSecond, p50, p99, notOk == 0 ? "" : "; " + notOk + " answers not 2xx left out");
        }
    }

    /**
     * One run of this length with this many connections, with this {@code Authorization} header if any (e.g.
     * {@code Bearer ...}).
     */
    public static Run run(String base, @Nullable String authorization, String path, int connections, Duration length)
            throws Exception {
        var command = new ArrayList<>(List.of(
                "wrk",
                "--threads",
                "2",
                "--connections",
                Integer.toString(connections),
                "--duration",
                Math.max(1, length.toSeconds()) + "s",
                "--timeout",
                "30s",
                "--latency"));
        if (authorization != null) {
            command.addAll(List.of("--header", "Authorization: " + authorization));
        }
        command.add(base + path);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        var perSecond = REQUESTS_PER_SECOND.matcher(output);
        assertThat(perSecond.find()).as(output).isTrue();
        var latencies = new HashMap<String, String>();
        var latency = LATENCY.matcher(output);
        while (latency.find()) {
            latencies.put(latency.group(1), latency.group(2));
        }
        var notOkMatch = NOT_OK.matcher(output);
        long notOk = notOkMatch.find() ? Long.parseLong(notOkMatch.group(1)) : 0;
        var requestsMatch = REQUESTS.matcher(output);
        assertThat(requestsMatch.find()).as(output).isTrue();
        long requests = Long.parseLong(requestsMatch.group(1));
        double ok = requests == 0 ? 0 : Double.parseDouble(perSecond.group(1)) * (requests - notOk) / requests;
        return new Run(ok, latencies.getOrDefault("50", "?"), latencies.getOrDefault("99", "?"), notOk);
    }
}
