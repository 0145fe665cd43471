package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.certification.CertificationCatalog;
import org.skillsmatrix.domain.certification.CertificationCoverage;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.certification.SetCertificationTarget;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.DomainErrors;

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
    private final Div conflict = new Div();
    private final Actor actor;
    private final SetCertificationTarget setTarget;
    private final CertificationCatalog catalog;
    private final ExplainConflict explainConflict;
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
        this.explainConflict = explainConflict;
        this.dates = dates;
        this.reload = reload;
        setId("certification-targets-section");
        setWidthFull();
        var heading = new H3(getTranslation("certification-targets.title"));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.MEDIUM);
        conflict.setId("certification-targets-conflict");
        add(heading, conflict, toolbar(), configured());
    }

    /** The team's certification targets with their coverage; the editing column only for who may set them. */
    void show(TeamId shown, List<CertificationCoverage> coverage, boolean maySetTargets) {
        team = shown;
        maySet = maySetTargets;
        conflict.removeAll();
        add.setVisible(maySetTargets);
        targets.getColumnByKey(ACTIONS).setVisible(maySetTargets);
        targets.setItems(coverage);
    }

    private Component toolbar() {
        add.setText(getTranslation("certification-targets.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-certification-target");
        add.addClickListener(event -> open(null));
        var note = new Span(getTranslation("certification-targets.intro"));
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var toolbar = new HorizontalLayout(add, note);
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
        targets.addColumn(coverage -> coverage.met()
                        ? getTranslation("certification-targets.met")
                        : getTranslation("certification-targets.short", coverage.shortfall()))
                .setKey(SHORTFALL)
                .setHeader(getTranslation("certification-targets.column.shortfall"))
                .setPartNameGenerator(coverage -> coverage.met() ? null : "short")
                .setFlexGrow(2);
        targets.addComponentColumn(this::actions)
                .setKey(ACTIONS)
                .setHeader(getTranslation("targets.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        targets.setEmptyStateText(getTranslation("certification-targets.empty"));
        return targets;
    }

    private Component actions(CertificationCoverage coverage) {
        if (!maySet) {
            return new Span();
        }
        var name = coverage.certification().name();
        var edit = new Button(VaadinIcon.EDIT.create(), event -> open(coverage));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        edit.setAriaLabel(getTranslation("targets.change.aria", name));
        edit.setTooltipText(getTranslation("targets.change"));
        var remove = new Button(VaadinIcon.TRASH.create(), event -> confirmRemoval(coverage));
        remove.addThemeVariants(
                ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_TERTIARY,
                ButtonVariant.LUMO_ICON,
                ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("targets.remove.aria", name));
        remove.setTooltipText(getTranslation("targets.remove"));
        var actions = new HorizontalLayout(edit, remove);
        actions.setSpacing(false);
        return actions;
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
                        () -> explainConflict.lastChange(actor, new Action.SetTeamTargets(teamId), teamId),
                        () -> reload.accept(getTranslation("targets.saved")),
                        () -> reload.accept(null))
                .open();
    }

    private void confirmRemoval(CertificationCoverage coverage) {
        var name = coverage.certification().name();
        var dialog = new ConfirmDialog();
        dialog.setId("remove-certification-target-dialog");
        dialog.setHeader(getTranslation("targets.remove.title", name));
        dialog.setText(getTranslation("certification-targets.remove.text", name));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("targets.cancel"));
        dialog.setConfirmText(getTranslation("targets.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> remove(coverage));
        dialog.open();
    }

    void remove(CertificationCoverage coverage) {
        conflict.removeAll();
        var target = coverage.target();
        try {
            setTarget.remove(actor, target.team(), target.certification(), target.version());
            reload.accept(
                    getTranslation("targets.removed", coverage.certification().name()));
        } catch (ConcurrentEdit e) {
            var teamId = team();
            conflict.add(new ConflictNotice(
                    explainConflict.lastChange(actor, new Action.SetTeamTargets(teamId), teamId),
                    dates,
                    () -> reload.accept(null)));
        } catch (DomainException e) {
            Notification.show(DomainErrors.describe(e, this::getTranslation))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private TeamId team() {
        if (team == null) {
            throw new IllegalStateException("no team shown");
        }
        return team;
    }
}
