package org.skillsmatrix.domain.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export goes, opened once the file's name is known (e.g. to set a download's headers first). The
 * export closes the stream when the report is written.
 */
@FunctionalInterface
public interface ReportDestination {

    OutputStream open(ReportFile file) throws IOException;
}
