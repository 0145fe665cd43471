package org.skillsmatrix.ui.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportDestination;
import org.skillsmatrix.domain.report.ReportFile;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.ui.base.DomainErrors;

/**
 * Streams a report from the export use case straight into the download's response. Vaadin calls it on the
 * download's own request thread without holding the session's lock, so a long export holds up neither this user's
 * page nor anyone else's; the file is never held in memory. What to export is the choice last made on the page,
 * handed over as an immutable {@link Export}; the outcome goes back to the page through {@link UI#access}.
 */
final class ReportDownload implements DownloadHandler {

    /** What to export, as chosen on the page. */
    record Export(ReportRequest request, ReportFormat format) {}

    /** Told, on the page's UI thread, how a download ended. */
    interface Outcome {

        void written(ReportFile file);

        void refused(DomainException error);

        void interrupted();
    }

    private final ExportReport exportReport;
    private final Actor actor;
    private final Outcome outcome;
    private volatile @Nullable Export export;

    ReportDownload(ExportReport exportReport, Actor actor, Outcome outcome) {
        this.exportReport = exportReport;
        this.actor = actor;
        this.outcome = outcome;
    }

    void choose(@Nullable Export chosen) {
        export = chosen;
    }

    @Nullable
    Export chosen() {
        return export;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        var chosen = export;
        var ui = event.getUI();
        if (chosen == null) {
            event.getResponse().setStatus(400);
            return;
        }
        try {
            // the page's language: the person's own, else this browser's (a PDF or workbook is written in it)
            var language = ui == null ? Locale.ENGLISH : ui.getLocale();
            // left open: the download ends after the export's transaction has committed its audit entry
            var file = exportReport.export(
                    actor, chosen.request(), chosen.format(), language, ReportDestination.leftOpen(named -> {
                        event.setFileName(named.name());
                        event.setContentType(named.mediaType());
                        event.getResponse().setHeader("Cache-Control", "no-store");
                        return event.getOutputStream();
                    }));
            tell(ui, () -> outcome.written(file));
        } catch (DomainException error) {
            // Refused, or gone, before anything was written: the browser's download fails, the page says why.
            event.getResponse().setStatus(DomainErrors.status(error));
            tell(ui, () -> outcome.refused(error));
        } catch (UncheckedIOException interrupted) {
            // The browser went away mid-file (cancelled, closed): the export's transaction is rolled back.
            tell(ui, outcome::interrupted);
            throw interrupted.getCause();
        }
    }

    private static void tell(@Nullable UI ui, Runnable command) {
        if (ui == null) {
            return;
        }
        try {
            ui.access(command::run);
        } catch (UIDetachedException closed) {
            // The page was closed meanwhile: nobody to tell.
        }
    }
}
