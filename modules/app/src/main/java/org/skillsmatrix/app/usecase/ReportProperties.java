package org.skillsmatrix.app.usecase;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.ExportLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The exports of reports ({@code skills-matrix.reports.*}): how many may run at once on one node, by default four.
 * Each holds a database connection while its file streams; keep the number below the connection pool's size.
 */
@ConfigurationProperties("skills-matrix.reports")
record ReportProperties(@Nullable Integer concurrentExports) {

    ReportProperties {
        concurrentExports = concurrentExports == null ? ExportLimits.DEFAULT.concurrent() : concurrentExports;
    }

    @Override
    public Integer concurrentExports() {
        return Objects.requireNonNull(concurrentExports);
    }
}
