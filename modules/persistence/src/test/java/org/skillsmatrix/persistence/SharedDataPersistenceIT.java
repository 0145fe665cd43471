package org.skillsmatrix.persistence;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.skillsmatrix.persistence.fixture.DatabaseCleaner;

/**
 * Base of the integration tests that compare what the class stores once, in a {@code @BeforeAll} of its own, with
 * what the domain computes from the same data: every table but the catalog is emptied once before the class's
 * tests rather than before each, and the tests share one instance and the data. A test may add to it only what the
 * others do not read (a team without members or targets, say).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SharedDataPersistenceIT extends PersistenceIT {

    /** Nothing before each test: the tests share what the class stored. */
    @Override
    void startFromTheCatalogOnly() {}

    @BeforeAll
    void startTheClassFromTheCatalogOnly() {
        DatabaseCleaner.keepCatalogOnly(jdbc);
    }
}
