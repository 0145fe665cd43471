package org.skillsmatrix.app.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL started where no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where its files are kept across restarts; blank for a throw-away database (tests)
 * @param port its port on loopback; 0 for any free port
 */
@ConfigurationProperties("skills-matrix.embedded-database")
public record EmbeddedDatabaseProperties(String dataDirectory, int port) {}
