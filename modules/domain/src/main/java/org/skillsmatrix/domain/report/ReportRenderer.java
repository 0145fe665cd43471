package org.skillsmatrix.domain.report;

import java.io.IOException;
import java.io.OutputStream;

/** Output port: writes a report's data as a file in one format. */
public interface ReportRenderer {

    /**
     * Writes {@code report} to {@code out} in {@code format} and flushes it; leaves {@code out} open. A {@link
     * MatrixReport}'s rows are read once, as they stream, so that memory stays bounded whatever the size of the
     * organisation.
     */
    void render(Report report, ReportFormat format, OutputStream out) throws IOException;
}
