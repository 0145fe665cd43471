package org.skillsmatrix.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/image/aot-cache.sh}, which the image's build runs, on the jar this build made, with its embedded
 * PostgreSQL and without the demo organisation, as the image's training run has none: the training run ends by
 * itself, stops its PostgreSQL, and writes an AOT cache that the next start uses ({@code -XX:AOTMode=on} refuses to
 * start where it cannot).
 */
class AotCacheIT {

    private static final Path JAR = Path.of("target/skills-matrix.jar");
    private static final Path SCRIPT = Path.of("../../deploy/image/aot-cache.sh");

    @TempDir
    Path work;

    @Test
    void the_training_run_writes_a_cache_the_next_start_uses_and_leaves_no_postgresql_running() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the JDK's one-step AOT cache needs JDK 25");
        var java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        var data = work.resolve("data");
        var application = work.resolve("application");
        // without the demo organisation, as the image's training run on its own empty database stores none
        var settings = List.of(
                "--skills-matrix.embedded-database.data-directory=" + data, "--skills-matrix.demo-data.enabled=false");

        var training = new ArrayList<>(List.of("bash", SCRIPT.toString(), JAR.toString(), application.toString()));
        training.addAll(settings);
        assertThat(run(training, java)).isZero();
        assertThat(application.resolve("skills-matrix.aot")).isNotEmptyFile();
        assertThat(application.resolve("skills-matrix.aot.config")).doesNotExist();
        assertNoPostgresqlOn(data);

        var start = new ArrayList<>(List.of(
                java.toString(),
                "-XX:AOTCache=" + application.resolve("skills-matrix.aot"),
                "-XX:AOTMode=on",
                "-jar",
                application.resolve("skills-matrix.jar").toString(),
                "--skills-matrix.training-run=true",
                "--server.port=0"));
        start.addAll(settings);
        assertThat(run(start, java)).as("a start that uses the cache").isZero();
        assertNoPostgresqlOn(data);
    }

    private int run(List<String> command, Path java) throws Exception {
        var log = Files.createTempFile(work, "run", ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", java.getParent().getParent().toString());
        var process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("Did not end within 10 minutes: " + tail(log));
        }
        if (process.exitValue() != 0) {
            System.out.println(tail(log));
        }
        return process.exitValue();
    }

    private static void assertNoPostgresqlOn(Path data) throws IOException {
        try (var files = Files.walk(data)) {
            assertThat(files.filter(file -> file.getFileName().toString().equals("postmaster.pid")))
                    .as("a PostgreSQL's lock file in the data directory")
                    .isEmpty();
        }
        assertThat(ProcessHandle.allProcesses()
                        .filter(process ->
                                process.info().commandLine().orElse("").contains(data.toString())))
                .as("processes on the data directory")
                .isEmpty();
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
