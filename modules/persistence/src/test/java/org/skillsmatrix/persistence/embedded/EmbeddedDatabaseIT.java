package org.skillsmatrix.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseIT {

    @TempDir
    Path directory;

    @Test
    void keepsItsDataAcrossRestartsWithoutInitialisingAgain() throws Exception {
        var data = directory.resolve("data");
        try (var database = EmbeddedDatabase.start(data, 0)) {
            var jdbc = new JdbcTemplate(database.dataSource());
            jdbc.execute("create table kept (word text)");
            jdbc.update("insert into kept values ('still here')");
            assertThat(database.dataDirectory()).isEqualTo(data.toAbsolutePath());
        }
        var initialised = Files.getLastModifiedTime(data.resolve("PG_VERSION"));

        try (var database = EmbeddedDatabase.start(data, 0)) {
            var jdbc = new JdbcTemplate(database.dataSource());
            assertThat(jdbc.queryForObject("select word from kept", String.class))
                    .isEqualTo("still here");
            assertThat(jdbc.queryForObject("select current_database()", String.class))
                    .isEqualTo(EmbeddedDatabase.DATABASE);
        }
        assertThat(Files.getLastModifiedTime(data.resolve("PG_VERSION"))).isEqualTo(initialised);
    }

    @Test
    void aTemporaryDatabaseIsReachableByItsUrlAndGoneAfterClose() throws SQLException {
        Path data;
        try (var database = EmbeddedDatabase.startTemporary()) {
            data = database.dataDirectory();
            assertThat(database.jdbcUrl()).startsWith("jdbc:postgresql://localhost:" + database.port() + "/");
            try (var connection =
                    DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void stopsAServerThatAKilledJvmLeftRunningAndUsesItsData() throws Exception {
        var data = directory.resolve("orphaned");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        RunUntilKilled.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try (var output = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("ready")) {
                // the child's log, until it is ready
            }
            assertThat(line).isEqualTo("ready");
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        }
        assertThat(data.resolve("postmaster.pid")).exists();

        try (var database = EmbeddedDatabase.start(data, 0)) {
            var jdbc = new JdbcTemplate(database.dataSource());
            assertThat(jdbc.queryForObject("select word from kept", String.class))
                    .isEqualTo("from the killed JVM");
        }
    }

    @Test
    void leavesAnotherServerAloneWhoseProcessIdAStaleLockFileNames() throws Exception {
        var data = directory.resolve("stale");
        EmbeddedDatabase.start(data, 0).close();
        try (var other = EmbeddedDatabase.startTemporary()) {
            // the process id of a server that stopped without removing its lock file, now another server's
            var othersProcess = Files.readAllLines(other.dataDirectory().resolve("postmaster.pid"))
                    .getFirst();
            Files.writeString(data.resolve("postmaster.pid"), othersProcess + "\n" + data + "\n");

            try (var database = EmbeddedDatabase.start(data, 0)) {
                assertThat(new JdbcTemplate(database.dataSource()).queryForObject("select 1", Integer.class))
                        .isEqualTo(1);
            }
            try (var connection = DriverManager.getConnection(other.jdbcUrl(), other.username(), other.password())) {
                assertThat(connection.isValid(5))
                        .as("the other server still runs")
                        .isTrue();
            }
        }
    }
}
