package org.skillsmatrix.app.it;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.skillsmatrix.app.SkillsMatrixApplication;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application as the README's run command starts it, on a free port: the embedded PostgreSQL, its data
 * in a folder of the test's so that a second start finds the first one's, and the demo organisation.
 */
public final class LocalRun {

    private LocalRun() {}

    /**
     * Starts it; further settings as command-line arguments, e.g. {@code --skills-matrix.demo-data.people=50}.
     * Command-line arguments override the test configuration's throw-away database.
     */
    public static ConfigurableApplicationContext start(Path data, String... settings) {
        var arguments = Stream.concat(
                        Stream.of(
                                "--server.port=0",
                                "--spring.datasource.url=",
                                "--skills-matrix.embedded-database.data-directory=" + data.resolve("postgres")),
                        Stream.of(settings))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(SkillsMatrixApplication.class).run(arguments);
    }

    /**
     * Starts it as one node of several on a database of its own, e.g. one the test started; further settings as
     * command-line arguments. It answers on a free port unless the settings name one.
     */
    public static ConfigurableApplicationContext startOn(EmbeddedDatabase database, String... settings) {
        var port = Stream.of(settings).anyMatch(setting -> setting.startsWith("--server.port="))
                ? Stream.<String>empty()
                : Stream.of("--server.port=0");
        var arguments = Stream.concat(
                        Stream.concat(
                                port,
                                Stream.of(
                                        "--spring.datasource.url=" + database.jdbcUrl(),
                                        "--spring.datasource.username=" + database.username())),
                        Stream.of(settings))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(SkillsMatrixApplication.class).run(arguments);
    }

    /** Where it answers, e.g. {@code http://localhost:41234}. */
    public static String address(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }
}
