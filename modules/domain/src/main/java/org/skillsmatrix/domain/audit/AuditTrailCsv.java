package org.skillsmatrix.domain.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/** Port: writes audit lines as CSV, one row each, as they come, so that the whole trail is never held at once. */
public interface AuditTrailCsv {

    void write(Iterator<AuditLine> lines, OutputStream out) throws IOException;
}
