package org.skillsmatrix.ui.report;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.ExportChoices;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * The Reports page: choose a report, its teams or person, and a format, and download it. It offers what the
 * access policy lets the signed-in person export, as the export use case decides it: HR every report of every
 * team and person, a manager the matrices and gap reports of the teams they manage and their members' profiles,
 * everyone their own profile.
 */
@Route(value = ViewRoutes.REPORTS, layout = MainLayout.class)
@PermitAll
public final class ReportsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final RadioButtonGroup<ReportKind> kind = new RadioButtonGroup<>();
    final Paragraph description = new Paragraph();
    final Checkbox wholeOrganisation = new Checkbox();
    final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>();
    final Select<Team> team = new Select<>();
    final ComboBox<Person> person = new ComboBox<>();
    final ExportButton export;

    private final Actor actor;
    private final ExportChoices choices;

    public ReportsView(CurrentUser currentUser, ExportReport exportReport) {
        this.actor = currentUser.actor();
        this.choices = exportReport.choices(actor);
        this.export = new ExportButton(exportReport, actor);
        setMaxWidth("60rem");

        var intro = new Paragraph(getTranslation("reports.intro"));
        intro.addClassNames(LumoUtility.Margin.NONE);
        description.setId("report-description");
        description.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        kind.setId("report-kind");
        kind.setLabel(getTranslation("reports.kind"));
        kind.setItems(Arrays.stream(ReportKind.values())
                .filter(offered -> offered.offeredBy(choices))
                .toList());
        kind.setItemLabelGenerator(offered -> getTranslation(offered.labelKey));

        wholeOrganisation.setId("report-whole-organisation");
        wholeOrganisation.setVisible(false);

        teams.setId("report-teams");
        teams.setLabel(getTranslation("reports.teams"));
        teams.setItems(choices.teams());
        teams.setItemLabelGenerator(Team::name);
        teams.setClearButtonVisible(true);
        teams.setWidth("24rem");

        team.setId("report-team");
        team.setLabel(getTranslation("reports.team"));
        team.setItems(choices.teams());
        team.setItemLabelGenerator(Team::name);
        team.setWidth("24rem");

        person.setId("report-person");
        person.setLabel(getTranslation("reports.person"));
        person.setItems(choices.people());
        person.setItemLabelGenerator(Person::name);
        person.setWidth("24rem");

        var scope = new FlexLayout(wholeOrganisation, teams, team, person);
        scope.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        scope.setAlignItems(FlexComponent.Alignment.BASELINE);
        scope.addClassNames(LumoUtility.Gap.MEDIUM);
        export.setId("report-export");
        add(intro, kind, description, scope, export);

        prefill();
        kind.addValueChangeListener(event -> kindChosen());
        wholeOrganisation.addValueChangeListener(event -> chosen());
        teams.addValueChangeListener(event -> chosen());
        team.addValueChangeListener(event -> chosen());
        person.addValueChangeListener(event -> chosen());
        kindChosen();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!choices.any()) {
            throw new AccessDenied("You are not allowed to export reports");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }

    /** Everything a person may export in a report, chosen to start with: their teams, or themselves. */
    private void prefill() {
        wholeOrganisation.setValue(choices.organisation());
        teams.setValue(choices.teams());
        if (!choices.teams().isEmpty()) {
            team.setValue(choices.teams().getFirst());
        }
        choices.people().stream()
                .filter(candidate -> actor.is(candidate.id()))
                .findFirst()
                .or(() -> choices.people().stream().findFirst())
                .ifPresent(person::setValue);
        kind.getListDataView().getItems().findFirst().ifPresent(kind::setValue);
    }

    private void kindChosen() {
        var chosen = kind.getValue();
        description.setText(chosen == null ? "" : getTranslation(chosen.descriptionKey));
        boolean teamReport = chosen == ReportKind.MATRIX || chosen == ReportKind.GAPS;
        wholeOrganisation.setVisible(teamReport && choices.organisation());
        wholeOrganisation.setLabel(
                getTranslation(chosen == ReportKind.GAPS ? "reports.whole-organisation" : "reports.all-teams"));
        person.setVisible(chosen == ReportKind.PROFILE);
        var request = request();
        if (request != null) {
            export.setFormat(ExportButton.suitedFormat(request));
        }
        chosen();
    }

    private void chosen() {
        var chosen = kind.getValue();
        boolean everyTeam = wholeOrganisation.isVisible() && wholeOrganisation.getValue();
        teams.setVisible(chosen == ReportKind.MATRIX && !everyTeam);
        team.setVisible(chosen == ReportKind.GAPS && !everyTeam);
        export.setRequest(request());
    }

    /** The report as chosen so far; {@code null} while something is missing. */
    @Nullable
    ReportRequest request() {
        var chosen = kind.getValue();
        if (chosen == null) {
            return null;
        }
        boolean everyTeam = choices.organisation() && wholeOrganisation.getValue();
        return switch (chosen) {
            case MATRIX -> {
                if (everyTeam) {
                    yield ReportRequest.Matrix.allTeams();
                }
                var selected = choices.teams().stream()
                        .filter(teams.getValue()::contains)
                        .map(Team::id)
                        .toList();
                yield selected.isEmpty() ? null : new ReportRequest.Matrix(selected);
            }
            case GAPS -> {
                if (everyTeam) {
                    yield new ReportRequest.OrganisationGaps();
                }
                yield team.getValue() == null
                        ? null
                        : new ReportRequest.TeamGaps(team.getValue().id());
            }
            case PROFILE ->
                person.getValue() == null
                        ? null
                        : new ReportRequest.Profile(person.getValue().id());
            case COVERAGE -> ReportRequest.Coverage.lastYear();
        };
    }
}
