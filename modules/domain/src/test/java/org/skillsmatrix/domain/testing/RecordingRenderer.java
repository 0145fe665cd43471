package org.skillsmatrix.domain.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.Report;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRenderer;

/**
 * A {@link ReportRenderer} that keeps what it was asked to render, reads a matrix's rows once as a real
 * renderer would, and writes the format's name as the file's content.
 */
public class RecordingRenderer implements ReportRenderer {

    private @Nullable Report report;
    private @Nullable ReportFormat format;
    private final List<MatrixReport.Row> rows = new ArrayList<>();

    @Override
    public synchronized void render(Report report, ReportFormat format, OutputStream out) throws IOException {
        this.report = report;
        this.format = format;
        rows.clear();
        if (report instanceof MatrixReport matrix) {
            matrix.forEachRow(rows::add);
        }
        out.write(format.name().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The last report rendered. */
    @SuppressWarnings("unchecked")
    public synchronized <R extends Report> R report(Class<R> kind) {
        if (report == null) {
            throw new AssertionError("nothing was rendered");
        }
        return kind.cast(report);
    }

    public synchronized @Nullable ReportFormat format() {
        return format;
    }

    /** The rows of the last matrix rendered, as they streamed. */
    public synchronized List<MatrixReport.Row> rows() {
        return List.copyOf(rows);
    }
}
