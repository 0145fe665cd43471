package org.skillsmatrix.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application's executable jar started as operators run it, in a JVM of its own: the embedded PostgreSQL on a
 * data directory of its own, the demo organisation, Tomcat's access log with each request's time. What it costs is
 * read from outside, so that the client driving it is not counted: CPU time from the kernel's accounting of its
 * threads, live objects from the JDK's {@code jcmd}.
 */
final class ServerProcess implements AutoCloseable {

    /** The kernel counts a process's CPU time in clock ticks ({@code /proc/PID/stat}): 100 a second on Linux. */
    static final long TICK_NANOS = 10_000_000;

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    private final Process process;
    private final String base;
    private final Path accessLog;
    private final Path log;
    private final Path database;

    private ServerProcess(Process process, String base, Path accessLog, Path log, Path database) {
        this.process = process;
        this.database = database;
        this.base = base;
        this.accessLog = accessLog;
        this.log = log;
    }

    /**
     * Starts the jar with the JVM options given (e.g. the heap) and waits until it is ready; its data, access log and
     * output go to {@code work}.
     */
    static ServerProcess start(Path jar, Path work, List<String> jvmOptions) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var accessLogs = Files.createDirectories(work.resolve("access-log"));
        var log = work.resolve("server.log");
        var database = work.resolve("postgres");
        var command = new ArrayList<String>();
        command.add(jdkTool("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--skills-matrix.embedded-database.data-directory=" + database,
                "--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=" + accessLogs,
                "--server.tomcat.accesslog.rotate=false",
                "--server.tomcat.accesslog.buffered=false",
                // the request's time in microseconds, from its first byte read to its answer's end, and its URL
                "--server.tomcat.accesslog.pattern=%{us}T %U%q"));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var server = new ServerProcess(process, "http://localhost:" + port, accessLogs, log, database);
        server.awaitReady();
        return server;
    }

    private void awaitReady() throws Exception {
        var http = HttpClient.newHttpClient();
        var readiness = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(30))
                .build();
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended at start-up, see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The application was not ready within 15 minutes, see " + log);
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
    }

    String base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** The CPU time of the JVM's threads that are running now, in nanoseconds (each thread's {@code schedstat} in {@code /proc}). */
    long cpuNanos() {
        return threadsCpuNanos(process.pid());
    }

    /** The CPU time of the JVM, ended threads included, in nanoseconds but counted in steps of {@link #TICK_NANOS}. */
    long cpuTicksNanos() {
        try {
            var stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            // the fields after the command's name in parentheses: state is field 3, utime 14, stime 15
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_NANOS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CPU time of the embedded PostgreSQL's processes running now, in nanoseconds: the server started on the
     * data directory (it runs apart from the JVM's children; the JVM names the directory too) and its backends.
     */
    long databaseCpuNanos() {
        return ProcessHandle.allProcesses()
                .filter(other -> other.pid() != process.pid()
                        && other.info().commandLine().orElse("").contains(database.toString()))
                .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
                .mapToLong(each -> threadsCpuNanos(each.pid()))
                .sum();
    }

    private static long threadsCpuNanos(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return tasks.mapToLong(ServerProcess::taskCpuNanos).sum();
        } catch (NoSuchFileException ended) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long taskCpuNanos(Path task) {
        try {
            var schedstat = Files.readString(task.resolve("schedstat"));
            return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
        } catch (NoSuchFileException ended) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How far the access log is written, to read the requests that end after this. */
    long accessLogEnd() throws IOException {
        return Files.size(accessLogFile());
    }

    /** The time in microseconds of each request that ended after {@code from} whose URL contains {@code marker}. */
    List<Long> requestMicrosSince(long from, String marker) throws IOException {
        byte[] written = Files.readAllBytes(accessLogFile());
        var text = new String(written, (int) from, written.length - (int) from, StandardCharsets.UTF_8);
        var times = new ArrayList<Long>();
        for (var line : text.split("\n")) {
            if (line.contains(marker)) {
                times.add(Long.parseLong(line.substring(0, line.indexOf(' '))));
            }
        }
        return times;
    }

    private Path accessLogFile() throws IOException {
        try (var files = Files.list(accessLog)) {
            return files.findFirst().orElseThrow(() -> new IllegalStateException("No access log in " + accessLog));
        }
    }

    /**
     * The live objects by class after a full collection ({@code jcmd PID GC.class_histogram}, which collects first):
     * each class's bytes; the key {@code ""} holds the total.
     */
    Map<String, Long> liveObjects() throws Exception {
        var jcmd = new ProcessBuilder(jdkTool("jcmd"), String.valueOf(process.pid()), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        var output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(5, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        var bytes = new HashMap<String, Long>();
        long total = 0;
        for (var line : output.split("\n")) {
            var matcher = HISTOGRAM_LINE.matcher(line);
            if (matcher.matches()) {
                long classBytes = Long.parseLong(matcher.group(2));
                bytes.merge(matcher.group(3), classBytes, Long::sum);
                total += classBytes;
            }
        }
        bytes.put("", total);
        return bytes;
    }

    /** Stops it as operators do (SIGTERM: the application stops its embedded PostgreSQL). */
    @Override
    public void close() {
        var children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static String jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }
}
