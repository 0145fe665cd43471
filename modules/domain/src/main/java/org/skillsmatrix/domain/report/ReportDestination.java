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

    /**
     * The destination's stream, which the export then only flushes where it would close it. A download's answer
     * ends when its stream is closed; left open, it ends with the request, after the export's transaction has
     * committed its audit entry, so whoever holds the whole file finds the export in the audit trail.
     */
    static ReportDestination leftOpen(ReportDestination destination) {
        return file -> new KeptOpen(destination.open(file));
    }
}
