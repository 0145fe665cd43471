package org.skillsmatrix.domain.report;

import java.util.Objects;

/** The file an export produces: a name that says what and when, and its format. */
public record ReportFile(String name, ReportFormat format) {

    public ReportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
    }

    public String mediaType() {
        return format.mediaType();
    }
}
