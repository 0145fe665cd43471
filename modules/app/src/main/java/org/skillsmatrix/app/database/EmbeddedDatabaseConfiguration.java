package org.skillsmatrix.app.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase;
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

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        var config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.username());
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }
}
