package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.certification.CertificationCatalog;
import org.skillsmatrix.domain.certification.CertificationCoverage;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.certification.SetCertificationTarget;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.ui.base.ColumnWidths;
import org.skillsmatrix.ui.base.Dates;

/**
 * A team's certification targets on its Gaps page: how many members should hold a valid certificate of a
 * certification, how many do today and how many hold only expired ones, with adding, changing and removing for the
 * team's managers.
 */
final class CertificationTargetsSection extends Div {

    static final String CERTIFICATION = "certification";
    static final String REQUIRED = "required";
    static final String HOLDERS = "holders";
    static final String LAPSED = "lapsed";
    static final String SHORTFALL = "shortfall";
    static final String ACTIONS = "actions";

    final Grid<CertificationCoverage> targets = new Grid<>();
    final Button add = new Button();
    private final TargetConflict conflict;
    private final Actor actor;
    private final SetCertificationTarget setTarget;
    private final CertificationCatalog catalog;
    private final Dates dates;
    /** Shows the page again after a change, with a message to confirm it, or none after a reload. */
    private final SerializableConsumer<@Nullable String> reload;

    private @Nullable TeamId team;
    private boolean maySet;

    CertificationTargetsSection(
            Actor actor,
            SetCertificationTarget setTarget,
            CertificationCatalog catalog,
            ExplainConflict explainConflict,
            Dates dates,
            SerializableConsumer<@Nullable String> reload) {
        this.actor = actor;
        this.setTarget = setTarget;
        this.catalog = catalog;
        this.dates = dates;
        this.reload = reload;
        this.conflict = new TargetConflict(
                "certification-targets-conflict", actor, explainConflict, dates, () -> reload.accept(null));
        setId("certification-targets-section");
        setWidthFull();
        var heading = new H3(getTranslation("certification-targets.title"));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.MEDIUM);
        add(heading, conflict, toolbar(), configured());
    }

    /** The team's certification targets with their coverage; the editing column only for who may set them. */
    void show(TeamId shown, List<CertificationCoverage> coverage, boolean maySetTargets) {
        team = shown;
        maySet = maySetTargets;
        conflict.removeAll();
        add.setVisible(maySetTargets);
        targets.getColumnByKey(ACTIONS).setVisible(maySetTargets);
        fitColumns(coverage);
        targets.setItems(coverage);
    }

    /** Widens the columns to their longest word, so a German header ("Zertifizierung") shows whole on a phone. */
    private void fitColumns(List<CertificationCoverage> coverage) {
        fit(CERTIFICATION, coverage, shown -> shown.certification().name());
        fit(REQUIRED, coverage, shown -> String.valueOf(shown.required()));
        fit(HOLDERS, coverage, shown -> String.valueOf(shown.holders()));
        fit(LAPSED, coverage, shown -> String.valueOf(shown.lapsed()));
        fit(SHORTFALL, coverage, this::shortfall);
    }

    private void fit(
            String column, List<CertificationCoverage> coverage, Function<CertificationCoverage, String> text) {
        ColumnWidths.fit(targets.getColumnByKey(column), coverage, text);
    }

    private String shortfall(CertificationCoverage coverage) {
        return coverage.met()
                ? getTranslation("certification-targets.met")
                : getTranslation("certification-targets.short", coverage.shortfall());
    }

    private Component toolbar() {
        add.setText(getTranslation("certification-targets.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-certification-target");
        add.addClickListener(event -> open(null));
        var note = new Span(getTranslation("certification-targets.intro"));
        note.setId("certification-targets-note");
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var toolbar = new HorizontalLayout(add, note);
        // on a phone the note goes under the button rather than squeeze a long word past the screen's edge
        toolbar.addClassName(LumoUtility.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    private Grid<CertificationCoverage> configured() {
        targets.setId("certification-targets");
        targets.setAriaLabel(getTranslation("certification-targets.title"));
        targets.setAllRowsVisible(true);
        targets.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        targets.addColumn(coverage -> coverage.certification().name())
                .setKey(CERTIFICATION)
                .setHeader(getTranslation("certification-targets.column.certification"))
                .setFlexGrow(3);
        targets.addColumn(CertificationCoverage::required)
                .setKey(REQUIRED)
                .setHeader(getTranslation("certification-targets.column.required"));
        targets.addColumn(CertificationCoverage::holders)
                .setKey(HOLDERS)
                .setHeader(getTranslation("certification-targets.column.holders"));
        targets.addColumn(CertificationCoverage::lapsed)
                .setKey(LAPSED)
                .setHeader(getTranslation("certification-targets.column.lapsed"));
        targets.addColumn(this::shortfall)
                .setKey(SHORTFALL)
                .setHeader(getTranslation("certification-targets.column.shortfall"))
                .setPartNameGenerator(coverage -> coverage.met() ? null : "short")
                .setFlexGrow(2);
        targets.addColumn(TargetActions.<CertificationCoverage>of(
                        this,
                        coverage -> coverage.certification().name(),
                        () -> maySet,
                        this::open,
                        this::confirmRemoval))
                .setKey(ACTIONS)
                .setHeader(getTranslation("targets.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        targets.setEmptyStateText(getTranslation("certification-targets.empty"));
        return targets;
    }

    void open(@Nullable CertificationCoverage existing) {
        var teamId = team();
        var targeted = targets.getListDataView()
                .getItems()
                .map(coverage -> coverage.certification().id())
                .collect(Collectors.toSet());
        var offered = catalog.list(actor).stream()
                .filter(certification -> existing != null || !targeted.contains(certification.id()))
                .toList();
        var stored = existing == null ? null : existing.target();
        new CertificationTargetDialog(
                        stored,
                        existing == null ? null : existing.certification(),
                        offered,
                        dates,
                        (certification, holders) -> stored == null
                                ? setTarget.add(actor, new CertificationTarget(teamId, certification.id(), holders, 0))
                                : setTarget.change(
                                        actor,
                                        new CertificationTarget(teamId, certification.id(), holders, stored.version())),
                        conflict.explainer(teamId),
                        () -> reload.accept(getTranslation("targets.saved")),
                        () -> reload.accept(null))
                .open();
    }

    private void confirmRemoval(CertificationCoverage coverage) {
        new RemoveTargetDialog(
                        "remove-certification-target-dialog",
                        coverage.certification().name(),
                        "certification-targets.remove.text",
                        () -> remove(coverage))
                .open();
    }

    void remove(CertificationCoverage coverage) {
        var target = coverage.target();
        conflict.remove(
                team(),
                () -> setTarget.remove(actor, target.team(), target.certification(), target.version()),
                () -> reload.accept(getTranslation(
                        "targets.removed", coverage.certification().name())));
    }

    private TeamId team() {
        if (team == null) {
            throw new IllegalStateException("no team shown");
        }
        return team;
    }
}
