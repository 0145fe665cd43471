package org.skillsmatrix.persistence;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.stereotype.Repository;

/**
 * Everything the persistence adapter contributes to an application: import it. It registers the port
 * adapters (the {@code @Repository} beans of this module), the entities and the Spring Data repositories.
 * Only {@code @Repository} classes are scanned, so that configurations in this package tree (tests) stay out.
 * It also brings defaults, which the application's configuration overrides: Hibernate validates the schema
 * Liquibase made and never changes it.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(useDefaultFilters = false, includeFilters = @Filter(Repository.class))
@EntityScan
@EnableJpaRepositories
@PropertySource("classpath:skills-matrix-persistence.properties")
public class PersistenceConfiguration {

    /** Static, as a post-processor is made before the configuration's other beans. */
    @Bean
    static MigrationLock migrationLock() {
        return new MigrationLock();
    }
}
