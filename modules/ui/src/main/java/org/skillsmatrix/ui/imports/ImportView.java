package org.skillsmatrix.ui.imports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.imports.AssessmentImportSummary;
import org.skillsmatrix.domain.imports.CertificateImportSummary;
import org.skillsmatrix.domain.imports.ImportAssessments;
import org.skillsmatrix.domain.imports.ImportCertificates;
import org.skillsmatrix.domain.imports.ImportLimits;
import org.skillsmatrix.domain.imports.ImportPeople;
import org.skillsmatrix.domain.imports.ImportProblem;
import org.skillsmatrix.domain.imports.ImportResult;
import org.skillsmatrix.domain.imports.PeopleImportSummary;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.DomainErrors;
import org.skillsmatrix.ui.base.GridHeight;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * The import page: HR (and admins, for people and teams) choose what a file imports (people and teams, ratings or
 * certificates), upload it, see every problem
 * with its line and column or what importing it would change, and then import it. The file is checked again when
 * it is imported, in the same transaction, so what changed in between is caught; only a valid file is written.
 */
@Route(value = ViewRoutes.IMPORT, layout = MainLayout.class)
@PermitAll
public final class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A file as uploaded, held until it is imported or replaced. */
    private record Received(String name, byte[] bytes) {}

    private static final int SHORT_LIST = 10;

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Paragraph description = new Paragraph();
    final Paragraph columns = new Paragraph();
    final Anchor template = new Anchor();
    final Checkbox createTeams = new Checkbox();
    final Upload upload = new Upload();
    final Paragraph status = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Button importFile = new Button();

    private final Actor actor;
    private final ImportPeople importPeople;
    private final ImportAssessments importAssessments;
    private final ImportCertificates importCertificates;
    private final List<ImportKind> offered;
    private @Nullable Received file;

    public ImportView(
            CurrentUser currentUser,
            AccessPolicy policy,
            ImportPeople importPeople,
            ImportAssessments importAssessments,
            ImportCertificates importCertificates) {
        this.actor = currentUser.actor();
        this.importPeople = importPeople;
        this.importAssessments = importAssessments;
        this.importCertificates = importCertificates;
        this.offered = Arrays.stream(ImportKind.values())
                .filter(candidate -> policy.allows(actor, candidate.allowedBy))
                .toList();
        setMaxWidth("70rem");

        var intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassNames(LumoUtility.Margin.NONE);

        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(offered);
        kind.setItemLabelGenerator(offered -> getTranslation(offered.labelKey));
        description.setId("import-description");
        description.addClassNames(LumoUtility.Margin.NONE);
        columns.setId("import-columns");
        columns.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        template.setId("import-template");
        template.setText(getTranslation("import.template"));

        createTeams.setId("import-create-teams");
        createTeams.setLabel(getTranslation("import.create-teams"));

        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileExtensions(".csv");
        upload.setMaxFileSize(Math.toIntExact(limits().maxBytes()));
        // the file as the request's body, so that only the import's own limit applies, not the servlet's multipart one
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setUploadHandler(receiver());
        upload.addFileRejectedListener(event -> rejected(event.getFileName()));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("import.upload.too-big", limits().maxBytes() / 1_000_000))
                        .setIncorrectFileType(getTranslation("import.upload.not-csv"))));
        var limits = new Paragraph(getTranslation(
                "import.limits",
                limits().maxBytes() / 1_000_000,
                limits().maxRows(),
                ImportLimits.MAX_LISTED_PROBLEMS));
        limits.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);

        status.setId("import-status");
        status.getElement().setAttribute("role", "status");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(problem -> problem.line() == 0 ? getTranslation("import.whole-file") : problem.line())
                .setHeader(getTranslation("import.column.line"))
                .setKey("line")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportView::column)
                .setHeader(getTranslation("import.column.column"))
                .setKey("column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(problem -> problem.message(getLocale()))
                .setHeader(getTranslation("import.column.problem"))
                .setKey("problem")
                .setFlexGrow(1);

        importFile.setId("import-apply");
        importFile.setText(getTranslation("import.apply"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importFile.setDisableOnClick(true);
        importFile.addClickListener(event -> apply());

        add(intro, kind, description, columns, template, createTeams, upload, limits, status, importFile, problems);
        kind.addValueChangeListener(event -> kindChosen());
        createTeams.addValueChangeListener(event -> check());
        if (!offered.isEmpty()) {
            kind.setValue(offered.getFirst());
        }
        show(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (offered.isEmpty()) {
            throw new AccessDenied("You are not allowed to import");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    /** The limits on a file, which both imports share. */
    private ImportLimits limits() {
        return importAssessments.limits();
    }

    private void kindChosen() {
        var chosen = kind.getValue();
        description.setText(getTranslation(chosen.descriptionKey));
        columns.setText(getTranslation(
                "import.columns", String.join(", ", chosen.required), String.join(", ", chosen.optional)));
        template.setHref(
                DownloadHandler.fromInputStream(
                        event -> new DownloadResponse(
                                new ByteArrayInputStream(chosen.template()),
                                chosen.templateFileName(),
                                "text/csv",
                                chosen.template().length),
                        chosen.templateFileName()),
                AttachmentType.DOWNLOAD);
        createTeams.setVisible(chosen == ImportKind.PEOPLE);
        check();
    }

    /**
     * Takes the upload on its own request, reading no more than one byte over the limit, so that the import's
     * check can say the file is too large; the page is told on its UI thread.
     */
    private UploadHandler receiver() {
        int atMost = Math.toIntExact(limits().maxBytes() + 1);
        return event -> {
            byte[] bytes;
            try (var in = event.getInputStream()) {
                bytes = in.readNBytes(atMost);
            }
            var name = event.getFileName();
            event.getUI().access(() -> received(new Received(name, bytes)));
        };
    }

    private void received(Received uploaded) {
        file = uploaded;
        upload.clearFileList();
        check();
    }

    private void rejected(String name) {
        file = null;
        show(null);
        fail(getTranslation("import.rejected", name, limits().maxBytes() / 1_000_000));
    }

    /** Checks the file held, if any, as the kind chosen: what is wrong with it, or what importing it would do. */
    private void check() {
        if (file == null) {
            show(null);
            return;
        }
        try {
            show(run(file, false));
        } catch (DomainException error) {
            show(null);
            fail(DomainErrors.describe(error, this::getTranslation));
        }
    }

    private void apply() {
        var held = file;
        if (held == null) {
            return;
        }
        try {
            var result = run(held, true);
            show(result);
            if (result.applied()) {
                file = null;
                Notification.show(status.getText()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (ConcurrentEdit error) {
            // A person or team changed while the file was applied: nothing was written, and it may be tried again.
            fail(getTranslation("import.concurrent-edit"));
            importFile.setEnabled(true);
        } catch (DomainException error) {
            fail(DomainErrors.describe(error, this::getTranslation));
        }
    }

    private ImportResult<?> run(Received held, boolean apply) {
        var in = new ByteArrayInputStream(held.bytes());
        return switch (kind.getValue()) {
            case PEOPLE ->
                apply
                        ? importPeople.apply(actor, in, createTeams.getValue())
                        : importPeople.check(actor, in, createTeams.getValue());
            case RATINGS -> apply ? importAssessments.apply(actor, in) : importAssessments.check(actor, in);
            case CERTIFICATES -> apply ? importCertificates.apply(actor, in) : importCertificates.check(actor, in);
        };
    }

    /** Shows what a check or an import found; nothing before a file is uploaded. */
    private void show(@Nullable ImportResult<?> result) {
        status.removeClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextColor.SUCCESS);
        status.getElement().setAttribute("role", "status");
        var listed = result == null ? List.<ImportProblem>of() : result.problems();
        problems.setItems(listed);
        GridHeight.fit(problems, listed.size(), SHORT_LIST, "28rem");
        problems.setVisible(result != null && !result.valid());
        importFile.setVisible(result != null && result.valid() && !result.applied());
        importFile.setEnabled(result != null && changes(result.summary()));
        if (result == null || file == null) {
            status.setText(result == null ? getTranslation("import.none") : "");
            return;
        }
        var name = file.name();
        if (!result.valid()) {
            var text = getTranslation("import.invalid", name, result.problemCount());
            if (result.problemCount() > result.problems().size()) {
                text += " " + getTranslation("import.listed", result.problems().size());
            }
            fail(text);
        } else if (result.applied()) {
            status.setText(getTranslation("import.done", name, summary(result.summary())));
            status.addClassNames(LumoUtility.TextColor.SUCCESS);
        } else if (changes(result.summary())) {
            status.setText(getTranslation("import.valid", name, result.rows(), summary(result.summary())));
        } else {
            status.setText(getTranslation("import.unchanged", name, result.rows()));
        }
    }

    private void fail(String text) {
        status.setText(text);
        status.addClassNames(LumoUtility.TextColor.ERROR);
        status.getElement().setAttribute("role", "alert");
    }

    private String summary(@Nullable Object summary) {
        return switch (summary) {
            case PeopleImportSummary people ->
                getTranslation(
                        "import.summary.people",
                        people.peopleAdded(),
                        people.peopleChanged(),
                        people.peopleUnchanged(),
                        people.teamsAdded(),
                        people.teamsChanged());
            case AssessmentImportSummary ratings ->
                getTranslation("import.summary.ratings", ratings.added(), ratings.alreadyPresent());
            case CertificateImportSummary certificates ->
                getTranslation("import.summary.certificates", certificates.added(), certificates.alreadyPresent());
            case null, default -> "";
        };
    }

    private static boolean changes(@Nullable Object summary) {
        return switch (summary) {
            case PeopleImportSummary people -> people.changes() > 0;
            case AssessmentImportSummary ratings -> ratings.added() > 0;
            case CertificateImportSummary certificates -> certificates.added() > 0;
            case null, default -> false;
        };
    }

    private static String column(ImportProblem problem) {
        if (problem.column() == 0) {
            return "";
        }
        return problem.field() == null ? String.valueOf(problem.column()) : problem.field();
    }
}
