package org.skillsmatrix.persistence.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from Java, for where no database URL is configured: the default local run (data
 * kept in a directory across restarts) and the tests on a fresh machine (a temporary directory). The server is
 * real PostgreSQL, from the binaries shipped as Maven artifacts, so every query runs on the engine production
 * runs. It listens on localhost only and trusts local connections as the {@value #USERNAME} superuser.
 *
 * <p>An existing data directory is reused as it is (initdb runs only where there is no {@code postgresql.conf});
 * as root, the server runs in a user namespace, since PostgreSQL refuses to run as root. A server left running
 * by a JVM that was killed is stopped before the directory is used again. {@link #close()} stops the server;
 * so does JVM shutdown.
 *
 * <p>A build carries the binaries of the platform it was built on, a production build none: starting then fails
 * with {@link NoBinaries}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The database the application uses, created on first start. */
    public static final String DATABASE = "skills_matrix";

    public static final String USERNAME = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on {@code dataDirectory}, created and initialised if needed and kept after {@link #close()}.
     *
     * @param port the port to listen on, or 0 for any free one
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            var directory = dataDirectory.toAbsolutePath().normalize();
            Files.createDirectories(directory);
            OrphanedServer.stopIfRunning(directory);
            var server = builder(port)
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // The data is meant to last: commit durably.
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            return started(server, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Starts a server on a temporary data directory, which {@link #close()} deletes; for tests. */
    public static EmbeddedDatabase startTemporary() {
        try {
            var directory = Files.createTempDirectory("skills-matrix-db");
            var server = builder(0)
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    // Nothing here must survive a crash, so trade durability for speed.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            return started(server, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a temporary embedded PostgreSQL", e);
        }
    }

    /** The JDBC URL of the application's database; batched inserts are rewritten into multi-row inserts. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE + "?reWriteBatchedInserts=true";
    }

    public String username() {
        return USERNAME;
    }

    /** Empty: the server trusts local connections. */
    public String password() {
        return "";
    }

    public int port() {
        return server.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A simple, unpooled data source on the application's database; applications pool {@link #jdbcUrl()}. */
    public DataSource dataSource() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(USERNAME);
        return dataSource;
    }

    /** Stops the server; a temporary server's data directory is deleted. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(int port) {
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver(EmbeddedDatabase::binaries)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "localhost");
    }

    private static InputStream binaries(String system, String architecture) throws IOException {
        try {
            return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture);
        } catch (IllegalStateException e) {
            throw new NoBinaries(system, architecture, e);
        }
    }

    private static EmbeddedDatabase started(EmbeddedPostgres server, Path directory) {
        var database = new EmbeddedDatabase(server, directory);
        try {
            database.createDatabaseIfMissing();
        } catch (SQLException e) {
            database.close();
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
        log.info("Embedded PostgreSQL on port {} with data in {}", server.getPort(), directory);
        return database;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (var connection = server.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        }
    }

    /** This build carries no PostgreSQL binaries for the platform it runs on (a production build carries none). */
    public static final class NoBinaries extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        public NoBinaries(String system, String architecture, Throwable cause) {
            super(
                    "This build carries no embedded PostgreSQL for " + system + " " + architecture
                            + ": configure a database with spring.datasource.url (SPRING_DATASOURCE_URL)",
                    cause);
        }
    }

    /** A server still running on a data directory, left behind by a JVM that ended without closing it. */
    private static final class OrphanedServer {

        private OrphanedServer() {}

        /**
         * Stops the postmaster named in {@code postmaster.pid} if it still runs on this directory. A process that
         * has taken over its number since (process ids are reused, quickly where they are few) is left alone, and
         * the lock file, now stale, removed: PostgreSQL would otherwise refuse to start while that process lives.
         * The directory's lock file (held by a running {@link EmbeddedDatabase}) is not checked here: zonky refuses
         * a directory another JVM holds.
         */
        static void stopIfRunning(Path dataDirectory) throws IOException {
            var pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            var lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
                return;
            }
            var process =
                    ProcessHandle.of(Long.parseLong(lines.getFirst().strip())).filter(ProcessHandle::isAlive);
            if (process.isEmpty() || heldByAnotherDatabase(dataDirectory)) {
                return;
            }
            switch (Postmaster.of(process.get(), dataDirectory)) {
                case OF_THIS_DIRECTORY -> stop(process.get(), dataDirectory);
                case SOMETHING_ELSE -> {
                    log.warn(
                            "Removing the stale lock file of {}: its process id now belongs to another process",
                            dataDirectory);
                    Files.delete(pidFile);
                }
                case UNKNOWN -> {
                    // nothing is known of the process: PostgreSQL's own check of the lock file decides
                }
            }
        }

        private static void stop(ProcessHandle process, Path dataDirectory) throws IOException {
            log.warn("Stopping a PostgreSQL server left running on {}", dataDirectory);
            // SIGTERM: PostgreSQL's smart shutdown, which has no clients left to wait for.
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("A PostgreSQL server left running on " + dataDirectory + " did not stop", e);
            }
        }

        private static boolean heldByAnotherDatabase(Path dataDirectory) throws IOException {
            var lockFile = dataDirectory.resolve("epg-lock");
            if (!Files.exists(lockFile)) {
                return false;
            }
            try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                    var lock = channel.tryLock()) {
                return lock == null;
            } catch (OverlappingFileLockException e) {
                return true;
            }
        }
    }

    /** What a running process is to a data directory, told by its command line ({@code postgres -D <directory>}). */
    enum Postmaster {
        OF_THIS_DIRECTORY,
        SOMETHING_ELSE,
        UNKNOWN;

        static Postmaster of(ProcessHandle process, Path dataDirectory) {
            var info = process.info();
            if (info.command().isEmpty()) {
                return UNKNOWN;
            }
            if (!info.command().get().endsWith("postgres")) {
                return SOMETHING_ELSE;
            }
            // a server's other processes name themselves ("postgres: checkpointer"), without -D
            var arguments = List.of(info.arguments().orElse(new String[0]));
            int option = arguments.indexOf("-D");
            if (option < 0 || option + 1 == arguments.size()) {
                return info.arguments().isPresent() ? SOMETHING_ELSE : UNKNOWN;
            }
            var served = Path.of(arguments.get(option + 1));
            if (!served.isAbsolute()) {
                return UNKNOWN;
            }
            return served.normalize().equals(dataDirectory) ? OF_THIS_DIRECTORY : SOMETHING_ELSE;
        }
    }
}
