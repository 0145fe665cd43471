package org.skillsmatrix.ui.matrix;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.ConfirmRatings;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.RateTeamMember;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.assessment.TeamMatrix;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.CatalogView;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.CertificateStatus;
import org.skillsmatrix.domain.certification.HeldCertificate;
import org.skillsmatrix.domain.certification.HoldCertificates;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.staffing.StaffingRequest;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.LevelLegend;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.NarrowScreen;
import org.skillsmatrix.ui.base.StaffingAddress;
import org.skillsmatrix.ui.base.TeamOpening;
import org.skillsmatrix.ui.base.TeamPage;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.rating.ManagerRatingDialog;
import org.skillsmatrix.ui.report.ExportButton;

/**
 * The team matrix for the team's managers and HR: the members by skill as a heatmap, filtered by category,
 * skill and minimum level, showing the level that counts, the self-ratings or the manager ratings. A manager
 * rates or validates a member from the cell; on a phone, where the columns do not fit, they may pick a person
 * and see that person's skills as cards instead. For a large catalog, compact mode narrows the skill columns and
 * each category folds into one column; both stay as chosen while the filters and the team change.
 */
@Route(value = ViewRoutes.MATRIX, layout = MainLayout.class)
@PermitAll
public final class TeamMatrixView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Actor actor;
    private final BrowseTeams browseTeams;
    private final TeamOpening teams;
    private final ViewSkillProfile profiles;
    private final BrowseCatalog catalogs;
    private final RateTeamMember rateTeamMember;
    private final ConfirmRatings confirmRatings;
    private final ExportReport exportReport;
    private final RatingAge age;
    private final HoldCertificates certificates;
    private final Dates dates = Dates.forCurrentUi();

    final RadioButtonGroup<LevelSource> source = new RadioButtonGroup<>();
    final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>();
    final Select<Level> minimum = new Select<>();
    final Select<MatrixRow> member = new Select<>();
    final Checkbox compact = new Checkbox();
    final Button collapseAll = new Button();
    final Button expandAll = new Button();
    private final Set<CategoryId> collapsed = new HashSet<>();
    final Span summary = new Span();
    private final Span help = new Span();
    private final Span staleLegend = new Span();
    final Paragraph certificateFlags = new Paragraph();
    private final FlexLayout info = new FlexLayout(summary, help, staleLegend);
    private final Div heatmapHolder = new Div();
    final Details filterPanel = new Details();
    private boolean narrow;
    private boolean rates;

    private @Nullable TeamPage page;
    private List<MatrixRow> rows = List.of();
    private @Nullable Heatmap heatmap;
    private @Nullable MemberCards cards;

    public TeamMatrixView(
            CurrentUser currentUser,
            BrowseTeams browseTeams,
            ViewSkillProfile profiles,
            BrowseCatalog catalogs,
            RateTeamMember rateTeamMember,
            ConfirmRatings confirmRatings,
            ExportReport exportReport,
            RatingAge age,
            HoldCertificates certificates) {
        this.age = age;
        this.certificates = certificates;
        this.actor = currentUser.actor();
        this.browseTeams = browseTeams;
        this.teams = new TeamOpening(actor, ViewRoutes.MATRIX, browseTeams, catalogs);
        this.profiles = profiles;
        this.catalogs = catalogs;
        this.rateTeamMember = rateTeamMember;
        this.confirmRatings = confirmRatings;
        this.exportReport = exportReport;
        setSizeFull();
        configureFilters();
        summary.setId("matrix-summary");
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        staleLegend.setId("stale-legend");
        staleLegend.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        staleLegend.setText(getTranslation("rating.stale.legend", age.staleAfterMonths()));
        certificateFlags.setId("certificate-flags");
        certificateFlags.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        info.addClassNames(LumoUtility.Gap.MEDIUM);
        info.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        heatmapHolder.setSizeFull();
        heatmapHolder.setMinHeight("20rem");
        filterPanel.setSummaryText(getTranslation("matrix.filters"));
        filterPanel.setId("matrix-filters");
        filterPanel.setOpened(true);
        filterPanel.setWidthFull();
        filterPanel.addThemeVariants(DetailsVariant.LUMO_SMALL);
        NarrowScreen.follow(this, this::showNarrow);
    }

    /** On a phone the filters fold behind their summary and the name column narrows; elsewhere they show. */
    void showNarrow(boolean narrow) {
        if (this.narrow == narrow) {
            return;
        }
        this.narrow = narrow;
        filterPanel.setOpened(!narrow);
        member.setVisible(narrow);
        render();
    }

    @Override
    public String getPageTitle() {
        return page == null
                ? getTranslation("matrix.title")
                : getTranslation("matrix.title.team", page.team().name());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        removeAll();
        page = null;
        var team = teams.open(this, event, parameter, id -> profiles.ofTeam(actor, id));
        if (team.isEmpty()) {
            return;
        }
        var matrix = team.get().content();
        var opened = team.get().page();
        resetFilters(opened.catalog(), opened.levels());
        page = opened;
        rows = rows(matrix);
        member.setItems(rows);

        var export = new ExportButton(
                exportReport, actor, ReportRequest.Matrix.of(opened.team().id()));
        var whatIf = new Anchor(ViewRoutes.of(ViewRoutes.WHAT_IF, opened.team().id()), getTranslation("what-if.open"));
        whatIf.setId("what-if-link");
        var staffing = new Anchor(
                StaffingAddress.link(StaffingRequest.of(List.of())
                        .drawingFrom(Set.of(opened.team().id()))),
                getTranslation("staffing.open"));
        staffing.setId("staffing-link");
        var mentoring =
                new Anchor(ViewRoutes.of(ViewRoutes.MENTORING, opened.team().id()), getTranslation("mentoring.open"));
        mentoring.setId("mentoring-link");
        var fields = new FlexLayout(
                source,
                categories,
                skills,
                minimum,
                compact,
                collapseAll,
                expandAll,
                export,
                whatIf,
                staffing,
                mentoring);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        // little space between the wrapped lines of fields, so the matrix keeps most of a laptop's screen
        fields.addClassNames(LumoUtility.Gap.Column.MEDIUM, LumoUtility.Gap.Row.XSMALL);
        filterPanel.removeAll();
        filterPanel.add(fields);
        var filters = new FlexLayout(opened.chooser(ViewRoutes.MATRIX), member, filterPanel);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.MEDIUM);
        filters.setWidthFull();
        rates = browseTeams.maySetTargets(actor, opened.team().id());
        showCertificatesToRenew(opened.team().id());
        add(filters, new LevelLegend(opened.levels(), true), info, certificateFlags, heatmapHolder);
        setFlexGrow(1, heatmapHolder);
        render();
    }

    /** Names the members with a certificate expiring or expired, in words, above the heatmap; hidden when none. */
    private void showCertificatesToRenew(TeamId team) {
        var flagged = certificates.toRenew(actor, team);
        var names = rows.stream()
                .map(MatrixRow::person)
                .filter(person -> flagged.containsKey(person.id()))
                .map(person -> getTranslation(
                        "matrix.certificates.person",
                        person.name(),
                        flagged.getOrDefault(person.id(), List.of()).stream()
                                .map(this::certificateState)
                                .collect(Collectors.joining(", "))))
                .toList();
        certificateFlags.setText(
                names.isEmpty() ? "" : getTranslation("matrix.certificates", String.join("; ", names)));
        certificateFlags.setVisible(!names.isEmpty());
    }

    private String certificateState(HeldCertificate held) {
        return held.status() == CertificateStatus.EXPIRED
                ? getTranslation(
                        "matrix.certificates.expired", held.certification().name())
                : getTranslation(
                        "matrix.certificates.expiring", held.certification().name(), certificates.daysLeft(held));
    }

    private List<MatrixRow> rows(TeamMatrix matrix) {
        var rateable = browseTeams.rateableMembers(
                actor, matrix.team(), matrix.members().stream().map(Person::id).toList());
        Map<PersonId, Map<SkillId, CurrentRating>> byPerson = matrix.ratings().stream()
                .collect(Collectors.groupingBy(
                        CurrentRating::person, Collectors.toMap(CurrentRating::skill, Function.identity())));
        return matrix.members().stream()
                .map(person -> new MatrixRow(
                        person, byPerson.getOrDefault(person.id(), Map.of()), rateable.contains(person.id())))
                .toList();
    }

    /** The filters, each showing the heatmap again when it changes. */
    private void configureFilters() {
        source.setLabel(getTranslation("matrix.source.label"));
        source.setItems(LevelSource.values());
        source.setItemLabelGenerator(value -> getTranslation(value.labelKey));
        source.setValue(LevelSource.VALIDATED);
        source.addValueChangeListener(event -> render());

        categories.setLabel(getTranslation("matrix.filter.categories"));
        categories.setPlaceholder(getTranslation("matrix.filter.all"));
        categories.setItemLabelGenerator(Category::name);
        categories.setClearButtonVisible(true);
        categories.setWidth("15rem");
        categories.addThemeVariants(MultiSelectComboBoxVariant.LUMO_SMALL);
        categories.addValueChangeListener(event -> {
            if (page != null) {
                skills.setItems(skillsIn(page.catalog(), event.getValue()));
                render();
            }
        });

        skills.setLabel(getTranslation("matrix.filter.skills"));
        skills.setPlaceholder(getTranslation("matrix.filter.all"));
        skills.setItemLabelGenerator(Skill::name);
        skills.setClearButtonVisible(true);
        skills.setWidth("15rem");
        skills.addThemeVariants(MultiSelectComboBoxVariant.LUMO_SMALL);
        skills.addValueChangeListener(event -> render());

        minimum.setLabel(getTranslation("matrix.filter.minimum"));
        minimum.setItems(Arrays.asList(Level.values()));
        minimum.setEmptySelectionAllowed(true);
        minimum.addThemeVariants(SelectVariant.LUMO_SMALL);
        minimum.setEmptySelectionCaption(getTranslation("matrix.filter.any-level"));
        minimum.addValueChangeListener(event -> render());

        member.setId("matrix-member");
        member.setLabel(getTranslation("matrix.member.label"));
        // as wide as the team's chooser above it, so that "Everyone, as a matrix" is not cut on a phone
        member.setWidth("16rem");
        member.setMaxWidth("100%");
        member.setEmptySelectionAllowed(true);
        member.setEmptySelectionCaption(getTranslation("matrix.member.everyone"));
        member.setItemLabelGenerator(row -> row == null
                ? getTranslation("matrix.member.everyone")
                : row.person().name());
        member.setVisible(false);
        member.addValueChangeListener(event -> render());

        compact.setId("matrix-compact");
        compact.setLabel(getTranslation("matrix.compact"));
        compact.addValueChangeListener(event -> render());
        collapseAll.setId("matrix-collapse-all");
        collapseAll.setText(getTranslation("matrix.collapse-all"));
        collapseAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        collapseAll.addClickListener(click -> allCollapsed(true));
        expandAll.setId("matrix-expand-all");
        expandAll.setText(getTranslation("matrix.expand-all"));
        expandAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        expandAll.addClickListener(click -> allCollapsed(false));
    }

    /** Folds or unfolds every category shown. */
    private void allCollapsed(boolean folded) {
        if (heatmap != null) {
            fold(heatmap.categories(), folded);
        }
    }

    /** Folds or unfolds a category from its header, and shows it there again in the new heatmap. */
    private void collapsed(CategoryId category, boolean folded) {
        fold(List.of(category), folded);
        if (heatmap != null) {
            heatmap.reveal(category);
        }
    }

    /**
     * Remembers the categories folded, so they stay folded when a filter or the team changes, and shows the heatmap
     * with their columns.
     */
    private void fold(List<CategoryId> categories, boolean folded) {
        if (folded) {
            collapsed.addAll(categories);
        } else {
            categories.forEach(collapsed::remove);
        }
        render();
    }

    /** The filters as a team opens with them: the catalog's categories and skills in use, the scale's levels. */
    private void resetFilters(CatalogView view, LevelFormat levels) {
        source.setValue(LevelSource.VALIDATED);
        minimum.clear();
        minimum.setItemLabelGenerator(
                level -> level == null ? getTranslation("matrix.filter.any-level") : levels.format(level));
        var active = view.activeSkills();
        categories.setItems(view.categories().stream()
                .filter(category ->
                        active.stream().anyMatch(skill -> skill.category().equals(category.id())))
                .toList());
        skills.setItems(active);
    }

    private static List<Skill> skillsIn(CatalogView view, Set<Category> chosen) {
        var ids = chosen.stream().map(Category::id).collect(Collectors.toSet());
        return view.activeSkills().stream()
                .filter(skill -> ids.isEmpty() || ids.contains(skill.category()))
                .toList();
    }

    /** The current filter as the fields say. */
    MatrixFilter filter() {
        return new MatrixFilter(
                categories.getValue().stream().map(Category::id).collect(Collectors.toSet()),
                skills.getValue().stream().map(Skill::id).collect(Collectors.toSet()),
                source.getValue() == null ? LevelSource.VALIDATED : source.getValue(),
                minimum.getValue());
    }

    private void render() {
        if (page == null) {
            return;
        }
        var view = page().catalog();
        var filter = filter();
        var layout = filter.layout(view, rows);
        heatmapHolder.removeAll();
        var chosen = member.getValue();
        if (narrow && chosen != null) {
            heatmap = null;
            var shown = filter.layout(view, List.of(chosen)).skills().values().stream()
                    .flatMap(List::stream)
                    .toList();
            cards = new MemberCards(chosen, shown, page().levels(), this::open);
            heatmapHolder.add(cards);
            summary.setText(getTranslation("matrix.summary", 1, shown.size()));
            help.setText(getTranslation(rates ? "matrix.help.manager.cards" : "matrix.help.reader.cards"));
            return;
        }
        cards = null;
        help.setText(helpForHeatmap());
        heatmap = new Heatmap(
                layout,
                filter,
                page().levels(),
                dates,
                new HeatmapDisplay(narrow, compact.getValue(), collapsed),
                age,
                this::open,
                this::collapsed);
        heatmapHolder.add(heatmap);
        summary.setText(getTranslation("matrix.summary", layout.rows().size(), layout.skillCount()));
    }

    /** How to use the heatmap as shown: clicking and the keys on a wide screen, tapping or the cards on a phone. */
    private String helpForHeatmap() {
        if (narrow) {
            return getTranslation(rates ? "matrix.help.manager.phone" : "matrix.help.reader.phone");
        }
        return getTranslation(rates ? "matrix.help.manager" : "matrix.help.reader");
    }

    /** The line that says how to use what is shown, for tests. */
    String help() {
        return help.getText();
    }

    /** The heatmap as shown, for tests. */
    @Nullable
    Heatmap heatmap() {
        return heatmap;
    }

    /** The chosen member's cards as shown on a phone, for tests. */
    @Nullable
    MemberCards cards() {
        return cards;
    }

    /** Opens a cell: a manager rates or validates; others only read its tooltip. */
    void open(MatrixRow row, Skill skill) {
        if (!row.rateable() || page == null) {
            return;
        }
        new ManagerRatingDialog(
                        row.person().name(),
                        skill,
                        row.rating(skill.id()).orElse(null),
                        page().levels(),
                        dates,
                        age,
                        (level, evidence) ->
                                rateTeamMember.rate(actor, row.person().id(), skill.id(), level, evidence),
                        () -> confirmRatings.confirmMember(actor, row.person().id(), skill.id()),
                        saved -> rated(row, skill, saved))
                .open();
    }

    private void rated(MatrixRow row, Skill skill, Assessment saved) {
        rows = rows(profiles.ofTeam(actor, page().team().id()));
        var chosen = member.getValue();
        member.setItems(rows);
        member.setValue(rows.stream()
                .filter(candidate -> candidate.equals(chosen))
                .findFirst()
                .orElse(null));
        render();
        var notification = Notification.show(getTranslation(
                "matrix.saved",
                row.person().name(),
                skill.name(),
                page().levels().format(saved.level())));
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private TeamPage page() {
        if (page == null) {
            throw new IllegalStateException("no team opened");
        }
        return page;
    }
}
