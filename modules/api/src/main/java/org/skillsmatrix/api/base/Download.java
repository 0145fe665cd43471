package org.skillsmatrix.api.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.skillsmatrix.domain.report.ReportDestination;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A file sent as the answer: saved under its name, never cached. */
public final class Download {

    private Download() {}

    /** Sets the answer's headers and hands over its body to write the file to. */
    public static OutputStream start(HttpServletResponse response, String mediaType, String fileName)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(mediaType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return response.getOutputStream();
    }

    /**
     * An exported report sent as the answer, started once the report's file name is known. The export's closing
     * only flushes: the answer ends when the request does, after the export's transaction has committed its audit
     * entry, so whoever holds the whole file finds the export in the audit trail.
     */
    public static ReportDestination to(HttpServletResponse response) {
        return ReportDestination.leftOpen(file -> start(response, file.mediaType(), file.name()));
    }
}
