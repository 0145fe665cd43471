package org.skillsmatrix.ui.report;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportFile;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.ui.base.DomainErrors;

/**
 * Exports one report as a file: a choice of format and a download link. Views add it beside what they show, with
 * the report already chosen ({@code new ExportButton(exportReport, actor, ReportRequest.Matrix.of(team))}); it
 * hides itself where the actor may not export that report. While a file is being written it shows an
 * indeterminate progress bar and polls for the outcome; the file itself streams on the download's own request, so
 * the page stays usable and nobody else waits. The file's name, from the use case, says what and when.
 */
public final class ExportButton extends Composite<FlexLayout> {

    /** How often the page asks for the outcome while a file is being written, in milliseconds. */
    static final int POLL_INTERVAL = 1_000;

    final Select<ReportFormat> format = new Select<>();
    final Anchor download;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();

    private final ExportReport exportReport;
    private final Actor actor;
    private final ReportDownload handler;
    private @Nullable ReportRequest request;
    private boolean formatChosen;
    private int running;
    private boolean polling;

    /** An export button for a report chosen later, with {@link #setRequest}; until then it is disabled. */
    public ExportButton(ExportReport exportReport, Actor actor) {
        this.exportReport = exportReport;
        this.actor = actor;
        this.handler = new ReportDownload(exportReport, actor, new Outcome());

        format.setId("export-format");
        format.setLabel(getTranslation("export.format"));
        format.setItems(List.of(ReportFormat.values()));
        format.setItemLabelGenerator(this::label);
        format.setValue(ReportFormat.XLSX);
        format.setWidth("16rem");
        format.addValueChangeListener(event -> {
            formatChosen |= event.isFromClient();
            chosen();
        });

        download = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        download.setId("export-download");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("export.download")));
        download.addClassNames(
                LumoUtility.Display.INLINE_FLEX,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.SMALL,
                LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.PRIMARY,
                LumoUtility.TextColor.PRIMARY_CONTRAST,
                LumoUtility.FontWeight.SEMIBOLD);
        download.getElement().addEventListener("click", event -> started());

        progress.setId("export-progress");
        progress.setIndeterminate(true);
        progress.setWidth("8rem");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("export.preparing"));
        status.setId("export-status");
        status.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        status.getElement().setAttribute("aria-live", "polite");

        var layout = getContent();
        layout.add(format, download, progress, status);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.addClassNames(LumoUtility.Gap.MEDIUM);
        setRequest(null);
    }

    /** An export button for one report, in the format that suits it best unless the user picks another. */
    public ExportButton(ExportReport exportReport, Actor actor, ReportRequest request) {
        this(exportReport, actor);
        setRequest(request);
    }

    /**
     * The report to export; {@code null} while the choice is incomplete, which disables the button. A report the
     * actor may not export hides it.
     */
    public void setRequest(@Nullable ReportRequest request) {
        this.request = request;
        if (request != null && !formatChosen) {
            format.setValue(suitedFormat(request));
        }
        chosen();
    }

    /** The format to offer first; the user's choice wins once made. */
    public void setFormat(ReportFormat chosen) {
        format.setValue(chosen);
    }

    /** Whether a click downloads a file: a report is chosen, the actor may export it, and a format is chosen. */
    public boolean ready() {
        return handler.chosen() != null;
    }

    /** The report this button exports, if one is chosen. */
    public @Nullable ReportRequest request() {
        return request;
    }

    /** The download's handler, for tests that go past the page. */
    ReportDownload handler() {
        return handler;
    }

    /** The report most readable in each format: matrices and coverage as workbooks, the others as documents. */
    static ReportFormat suitedFormat(ReportRequest request) {
        return switch (request) {
            case ReportRequest.Matrix ignored -> ReportFormat.XLSX;
            case ReportRequest.Coverage ignored -> ReportFormat.XLSX;
            case ReportRequest.TeamGaps ignored -> ReportFormat.PDF;
            case ReportRequest.OrganisationGaps ignored -> ReportFormat.PDF;
            case ReportRequest.Profile ignored -> ReportFormat.PDF;
            case ReportRequest.WhatIf ignored -> ReportFormat.PDF;
        };
    }

    private void chosen() {
        var current = request;
        boolean allowed = current != null && exportReport.mayExport(actor, current);
        var chosenFormat = format.getValue();
        handler.choose(
                allowed && current != null && chosenFormat != null
                        ? new ReportDownload.Export(current, chosenFormat)
                        : null);
        setVisible(current == null || allowed);
        boolean ready = handler.chosen() != null;
        download.setEnabled(ready);
        // a link has no disabled state of its own: say it, so that it is announced and held to no text contrast
        if (ready) {
            download.getElement().removeAttribute("aria-disabled");
        } else {
            download.getElement().setAttribute("aria-disabled", "true");
        }
    }

    private String label(ReportFormat value) {
        return switch (value) {
            case XLSX -> getTranslation("export.format.xlsx");
            case CSV -> getTranslation("export.format.csv");
            case CSV_EXCEL -> getTranslation("export.format.csv-excel");
            case PDF -> getTranslation("export.format.pdf");
        };
    }

    /** The link was clicked: the browser is fetching the file. */
    private void started() {
        running++;
        if (running > 0) {
            progress.setVisible(true);
            status.setText(getTranslation("export.preparing"));
            getUI().ifPresent(ui -> {
                if (ui.getPollInterval() < 0) {
                    ui.setPollInterval(POLL_INTERVAL);
                    polling = true;
                }
            });
        }
    }

    /** A download ended; the click that started it may come later, for a small file. */
    private void ended() {
        running--;
        if (running <= 0) {
            progress.setVisible(false);
            stopPolling();
        }
    }

    private void stopPolling() {
        if (polling) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            polling = false;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        running = 0;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling) {
            detachEvent.getUI().setPollInterval(-1);
            polling = false;
        }
        super.onDetach(detachEvent);
    }

    /** Runs on the page's UI thread, through {@code UI.access}. */
    private final class Outcome implements ReportDownload.Outcome {

        @Override
        public void written(ReportFile file) {
            ended();
            status.setText(getTranslation("export.written", file.name()));
        }

        @Override
        public void refused(DomainException error) {
            ended();
            status.setText("");
            var notification = Notification.show(DomainErrors.describe(error, ExportButton.this::getTranslation));
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }

        @Override
        public void interrupted() {
            ended();
            status.setText(getTranslation("export.interrupted"));
        }
    }
}
