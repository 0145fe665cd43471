package org.skillsmatrix.app.database;

import org.skillsmatrix.persistence.embedded.EmbeddedDatabase.NoBinaries;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start without a database URL on a build that carries no embedded PostgreSQL (a production build), in
 * plain words, without the stack trace.
 */
class NoEmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoBinaries> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoBinaries cause) {
        return new FailureAnalysis(
                "No database is configured (spring.datasource.url is not set). " + cause.getMessage() + ".",
                "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to your"
                        + " PostgreSQL server.",
                cause);
    }
}
