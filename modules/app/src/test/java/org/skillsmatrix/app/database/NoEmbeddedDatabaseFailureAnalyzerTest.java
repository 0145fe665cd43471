package org.skillsmatrix.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase.NoBinaries;
import org.springframework.beans.factory.BeanCreationException;

class NoEmbeddedDatabaseFailureAnalyzerTest {

    @Test
    void aStartWithoutDatabaseOnAProductionBuildSaysWhatToConfigure() {
        var failure = new BeanCreationException(
                "embeddedDatabase",
                "Failed to instantiate",
                new NoBinaries("Linux", "x86_64", new IllegalStateException("Missing embedded postgres binaries")));

        var analysis = new NoEmbeddedDatabaseFailureAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("No database is configured (spring.datasource.url is not set). This build carries no"
                        + " embedded PostgreSQL for Linux x86_64: configure a database with spring.datasource.url"
                        + " (SPRING_DATASOURCE_URL).");
        assertThat(analysis.getAction())
                .isEqualTo("Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to"
                        + " your PostgreSQL server.");
    }
}
