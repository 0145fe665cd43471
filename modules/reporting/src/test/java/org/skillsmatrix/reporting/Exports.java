package org.skillsmatrix.reporting;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.report.Report;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;

/** Runs exports of the sample organisation through the use case, as the UI and API will. */
final class Exports {

    private final SampleOrganisation sample;

    Exports(SampleOrganisation sample) {
        this.sample = sample;
    }

    /** The file's bytes, written by the real renderers. */
    byte[] file(Actor actor, ReportRequest request, ReportFormat format) {
        return file(actor, request, format, Locale.ENGLISH);
    }

    /** The file's bytes, in the language asked for. */
    byte[] file(Actor actor, ReportRequest request, ReportFormat format, Locale language) {
        var out = new ByteArrayOutputStream();
        sample.export.export(actor, request, format, language, out);
        return out.toByteArray();
    }

    /** The report's data the same request hands to a renderer: what the file is checked against. */
    <R extends Report> R data(Actor actor, ReportRequest request, Class<R> kind) {
        sample.world.exportReport.export(actor, request, ReportFormat.CSV, Locale.ENGLISH, new ByteArrayOutputStream());
        return sample.world.renderer.report(kind);
    }
}
