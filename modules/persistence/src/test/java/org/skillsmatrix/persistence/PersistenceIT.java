package org.skillsmatrix.persistence;

import org.junit.jupiter.api.BeforeEach;
import org.skillsmatrix.persistence.fixture.DatabaseCleaner;
import org.skillsmatrix.persistence.fixture.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the adapter in a Spring context on the test database (one context, one
 * database per JVM), every table but the catalog emptied before each test ({@link SharedDataPersistenceIT}: once
 * before the class).
 */
@SpringBootTest(
        classes = PersistenceTestApplication.class,
        properties = {
            "logging.level.liquibase=warn",
            "logging.level.io.zonky=warn",
            // Tests break constraints on purpose; the exceptions they assert say enough.
            "logging.level.org.hibernate.orm.jdbc.error=off"
        })
public abstract class PersistenceIT {

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeEach
    void startFromTheCatalogOnly() {
        DatabaseCleaner.keepCatalogOnly(jdbc);
    }
}
