package org.skillsmatrix.app.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts an embedded PostgreSQL, and the connection pool on it, when no database URL is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrl.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException {
        var directory = properties.dataDirectory();
        return directory == null || directory.isBlank()
                ? EmbeddedDatabase.startTemporary()
                : EmbeddedDatabase.start(Path.of(directory), properties.port());
    }

    /** The pool takes the same {@code spring.datasource.hikari.*} settings as one on an external database. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPoolName("embedded");
        return dataSource;
    }
}
