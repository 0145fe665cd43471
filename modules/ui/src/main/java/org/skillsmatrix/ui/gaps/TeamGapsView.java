package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.certification.CertificationCatalog;
import org.skillsmatrix.domain.certification.CertificationCoverage;
import org.skillsmatrix.domain.certification.SetCertificationTarget;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.domain.gap.AnalyseTeamGaps;
import org.skillsmatrix.domain.gap.TeamGaps;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.report.trend.AnalyseTeamTrend;
import org.skillsmatrix.domain.staffing.StaffingRequest;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.SetTeamTarget;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.ui.base.ColumnWidths;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.StaffingAddress;
import org.skillsmatrix.ui.base.TeamOpening;
import org.skillsmatrix.ui.base.TeamPage;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.chart.Chart;
import org.skillsmatrix.ui.chart.CoverageBars;
import org.skillsmatrix.ui.report.ExportButton;

/**
 * A team's gaps for its managers and HR: targets met, shortfall, single points of failure by name, the
 * roll-up per category as a chart, every skill's coverage riskiest first, and the targets editor for the
 * team's managers. Each gap links to the people finder, to see who in the organisation could help.
 */
@Route(value = ViewRoutes.GAPS, layout = MainLayout.class)
@PermitAll
public final class TeamGapsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String SKILL = "skill";
    static final String CATEGORY = "category";
    static final String TARGET = "target";
    static final String HOLDERS = "holders";
    static final String SHORTFALL = "shortfall";
    static final String SOLE_HOLDER = "sole-holder";
    static final String FIND = "find";
    static final String ACTIONS = "actions";

    /** Up to this many single points of failure are listed open; more fold away behind their count. */
    static final int OPEN_SINGLE_POINTS = 6;

    private final Actor actor;
    private final BrowseTeams browseTeams;
    private final TeamOpening teams;
    private final AnalyseTeamGaps analyseTeamGaps;
    private final RatingAge age;
    private final BrowseCatalog catalogs;
    private final SetTeamTarget setTeamTarget;
    private final ExportReport exportReport;
    private final AnalyseTeamTrend analyseTeamTrend;
    private final Dates dates = Dates.forCurrentUi();
    final CertificationTargetsSection certificationTargets;

    final Grid<CoverageRow> coverage = new Grid<>();
    final Grid<TeamTarget> targets = new Grid<>();
    final Checkbox onlyAtRisk = new Checkbox();
    final MultiSelectComboBox<Category> category = new MultiSelectComboBox<>();
    final Button addTarget = new Button();
    final Chart rollup = new Chart("category-rollup");
    final TrendSection trend = new TrendSection();
    final Div figures = new Div();
    /** Who could fill the shortfalls shown: follows every change of the targets on this page. */
    final Anchor staffingLink = new Anchor();

    final Paragraph staleRule = new Paragraph();
    final UnorderedList singlePoints = new UnorderedList();
    final Details singlePointsDetails = new Details();
    private final TargetConflict conflict;
    private final Span targetsNote = new Span();
    private final Component coverageFilters;
    private final Component targetsToolbar;

    private @Nullable TeamPage page;
    private List<CoverageRow> rows = List.of();
    private boolean maySetTargets;

    public TeamGapsView(
            CurrentUser currentUser,
            BrowseTeams browseTeams,
            AnalyseTeamGaps analyseTeamGaps,
            BrowseCatalog catalogs,
            SetTeamTarget setTeamTarget,
            ExplainConflict explainConflict,
            ExportReport exportReport,
            AnalyseTeamTrend analyseTeamTrend,
            RatingAge age,
            SetCertificationTarget setCertificationTarget,
            CertificationCatalog certificationCatalog) {
        this.age = age;
        this.actor = currentUser.actor();
        this.browseTeams = browseTeams;
        this.teams = new TeamOpening(actor, ViewRoutes.GAPS, browseTeams, catalogs);
        this.analyseTeamGaps = analyseTeamGaps;
        this.catalogs = catalogs;
        this.setTeamTarget = setTeamTarget;
        this.exportReport = exportReport;
        this.analyseTeamTrend = analyseTeamTrend;
        this.certificationTargets = new CertificationTargetsSection(
                actor, setCertificationTarget, certificationCatalog, explainConflict, dates, this::reload);
        figures.setId("gap-figures");
        staleRule.setId("stale-rule");
        staleRule.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        figures.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        singlePoints.setId("single-points");
        singlePointsDetails.setId("single-points-details");
        singlePointsDetails.add(singlePoints);
        conflict = new TargetConflict("targets-conflict", actor, explainConflict, dates, () -> reload(null));
        coverageFilters = coverageFilters();
        targetsToolbar = targetsToolbar();
        configureCoverage();
        configureTargets();
        staffingLink.setText(getTranslation("staffing.open.gaps"));
        staffingLink.setId("staffing-link");
    }

    @Override
    public String getPageTitle() {
        return page == null
                ? getTranslation("gaps.title")
                : getTranslation("gaps.title.team", page.team().name());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        removeAll();
        page = null;
        var team = teams.open(this, event, parameter, id -> analyseTeamGaps.analyse(actor, id));
        if (team.isEmpty()) {
            return;
        }
        var gaps = team.get().content();
        var opened = team.get().page();
        page = opened;

        maySetTargets = browseTeams.maySetTargets(actor, opened.team().id());
        addTarget.setVisible(maySetTargets);
        targetsNote.setText(getTranslation(maySetTargets ? "targets.intro.manager" : "targets.intro.reader"));
        targets.getColumnByKey(ACTIONS).setVisible(maySetTargets);
        category.setItems(opened.catalog().categories());
        conflict.removeAll();
        var export = new ExportButton(
                exportReport, actor, new ReportRequest.TeamGaps(opened.team().id()));
        add(
                opened.chooser(ViewRoutes.GAPS),
                export,
                whatIfLink(opened),
                staffingLink,
                mentoringLink(opened),
                figures,
                staleRule,
                singlePointsDetails);
        add(heading("gaps.rollup.title"), rollup);
        add(trend);
        add(heading("gaps.coverage.title"), coverageFilters, coverage);
        add(heading("targets.title"), conflict, targetsToolbar, targets, certificationTargets);
        show(gaps);
        trend.show(
                opened.team().name(),
                getTranslation("gaps.trend.intro"),
                analyseTeamTrend.analyse(actor, opened.team().id()).points(),
                opened.catalog().categories().stream().collect(Collectors.toMap(Category::id, Category::name)));
    }

    /** Who could learn what from whom, to close the gaps shown here. */
    private Anchor mentoringLink(TeamPage opened) {
        var link =
                new Anchor(ViewRoutes.of(ViewRoutes.MENTORING, opened.team().id()), getTranslation("mentoring.open"));
        link.setId("mentoring-link");
        return link;
    }

    /** What if members of the team left or moved: the question asked where the gaps show. */
    private Anchor whatIfLink(TeamPage opened) {
        var link = new Anchor(ViewRoutes.of(ViewRoutes.WHAT_IF, opened.team().id()), getTranslation("what-if.open"));
        link.setId("what-if-link");
        return link;
    }

    /** Who could fill the team's shortfalls: the staffing request the gap report's section proposes for too. */
    private void showStaffingLink(TeamGaps gaps) {
        var request = StaffingRequest.toFill(gaps.shortfalls(), gaps.team().members());
        staffingLink.setHref(StaffingAddress.link(request));
        staffingLink.setVisible(!request.needs().isEmpty());
    }

    private H2 heading(String key) {
        var heading = new H2(getTranslation(key));
        heading.addClassNames(
                LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        return heading;
    }

    private Component coverageFilters() {
        onlyAtRisk.setLabel(getTranslation("gaps.filter.at-risk"));
        onlyAtRisk.setValue(true);
        onlyAtRisk.addValueChangeListener(event -> filterCoverage());
        category.setLabel(getTranslation("gaps.filter.categories"));
        category.setPlaceholder(getTranslation("gaps.filter.all-categories"));
        category.setItemLabelGenerator(Category::name);
        category.setClearButtonVisible(true);
        category.setWidth("22rem");
        category.addValueChangeListener(event -> filterCoverage());
        var filters = new FlexLayout(category, onlyAtRisk);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
        return filters;
    }

    private void configureCoverage() {
        coverage.setId("coverage");
        coverage.addClassName("coverage");
        coverage.setAriaLabel(getTranslation("gaps.coverage.title"));
        coverage.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        coverage.setAllRowsVisible(true);
        coverage.addColumn(row -> row.skill().name())
                .setKey(SKILL)
                .setHeader(getTranslation("gaps.column.skill"))
                .setFlexGrow(2)
                .setSortable(true);
        coverage.addColumn(CoverageRow::category)
                .setKey(CATEGORY)
                .setHeader(getTranslation("gaps.column.category"))
                .setFlexGrow(2)
                .setSortable(true);
        coverage.addColumn(this::target)
                .setKey(TARGET)
                .setHeader(getTranslation("gaps.column.target"))
                .setFlexGrow(2);
        coverage.addColumn(this::holders)
                .setKey(HOLDERS)
                .setHeader(getTranslation("gaps.column.holders"))
                .setTooltipGenerator(row -> getTranslation(
                        "gaps.holders.tooltip",
                        page().levels().format(row.coverage().countingLevel())))
                .setSortable(true)
                .setComparator(row -> row.coverage().holders());
        coverage.addColumn(this::shortfall)
                .setKey(SHORTFALL)
                .setHeader(getTranslation("gaps.column.shortfall"))
                .setPartNameGenerator(row -> row.coverage().shortfall() > 0
                        ? "short"
                        : row.coverage().metOnlyThanksToStaleRatings() ? "thanks-to-stale" : null)
                .setSortable(true)
                .setComparator(row -> row.coverage().shortfall());
        coverage.addColumn(TeamGapsView::soleHolder)
                .setKey(SOLE_HOLDER)
                .setHeader(getTranslation("gaps.column.sole-holder"))
                .setPartNameGenerator(row -> row.coverage().singlePointOfFailure() ? "single-point" : null)
                .setFlexGrow(2);
        coverage.addColumn(FinderLinks.<CoverageRow>of(
                        this, CoverageRow::skill, row -> row.coverage().countingLevel()))
                .setKey(FIND)
                .setHeader(getTranslation("gaps.column.find"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        coverage.setEmptyStateText(getTranslation("gaps.coverage.empty"));
    }

    private String holders(CoverageRow row) {
        return row.coverage().staleHolders() > 0
                ? getTranslation(
                        "gaps.holders.with-stale",
                        row.coverage().holders(),
                        row.coverage().staleHolders())
                : String.valueOf(row.coverage().holders());
    }

    private String shortfall(CoverageRow row) {
        if (!row.coverage().hasTarget()) {
            return "–";
        }
        return row.coverage().metOnlyThanksToStaleRatings()
                ? getTranslation("gaps.shortfall.thanks-to-stale")
                : String.valueOf(row.coverage().shortfall());
    }

    private static String soleHolder(CoverageRow row) {
        return row.soleHolder() == null ? "" : row.soleHolder();
    }

    /**
     * Widens the coverage's columns to their longest word over all rows, filtered or not, so a long one (German's
     * "Programmiersprachen") shows whole and the columns keep their widths as the filters change.
     */
    private void fitCoverage() {
        fit(SKILL, row -> row.skill().name());
        fit(CATEGORY, CoverageRow::category);
        fit(TARGET, this::target);
        fit(HOLDERS, this::holders);
        fit(SHORTFALL, this::shortfall);
        fit(SOLE_HOLDER, TeamGapsView::soleHolder);
    }

    private void fit(String column, Function<CoverageRow, String> text) {
        ColumnWidths.fit(coverage.getColumnByKey(column), rows, text);
    }

    private String target(CoverageRow row) {
        var target = row.target();
        if (target == null) {
            return getTranslation(
                    "gaps.target.none", page().levels().format(row.coverage().countingLevel()));
        }
        return getTranslation("gaps.target", target.headcount(), page().levels().format(target.level()));
    }

    private Component targetsToolbar() {
        addTarget.setText(getTranslation("targets.add"));
        addTarget.setIcon(VaadinIcon.PLUS.create());
        addTarget.setId("add-target");
        addTarget.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addTarget.addClickListener(event -> openTarget(null));
        targetsNote.setId("targets-note");
        targetsNote.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var toolbar = new HorizontalLayout(addTarget, targetsNote);
        // on a phone the note goes under the button rather than squeeze a long word past the screen's edge
        toolbar.addClassName(LumoUtility.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    /** The targets, with a column to change or remove each that only a team's managers see. */
    private void configureTargets() {
        targets.setId("targets");
        targets.setAriaLabel(getTranslation("targets.title"));
        targets.setAllRowsVisible(true);
        targets.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        targets.addColumn(this::targetSkill)
                .setKey(SKILL)
                .setHeader(getTranslation("targets.column.skill"))
                .setFlexGrow(2);
        targets.addColumn(this::targetLevel).setKey("level").setHeader(getTranslation("targets.column.level"));
        targets.addColumn(TeamGapsView::headcount)
                .setKey("headcount")
                .setComparator(TeamTarget::headcount)
                .setHeader(getTranslation("targets.column.headcount"));
        targets.addColumn(this::targetHolders).setKey(HOLDERS).setHeader(getTranslation("targets.column.holders"));
        targets.addColumn(TargetActions.<TeamTarget>of(
                        this, this::targetSkill, () -> maySetTargets, this::openTarget, this::confirmRemoval))
                .setKey(ACTIONS)
                .setHeader(getTranslation("targets.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        targets.setEmptyStateText(getTranslation("targets.empty"));
    }

    private String targetSkill(TeamTarget target) {
        return page().skillName(target.skill());
    }

    private String targetLevel(TeamTarget target) {
        return page().levels().format(target.level());
    }

    private static String headcount(TeamTarget target) {
        return String.valueOf(target.headcount());
    }

    private String targetHolders(TeamTarget target) {
        return rows.stream()
                .filter(row -> row.skill().id().equals(target.skill()))
                .findFirst()
                .map(row -> String.valueOf(row.coverage().holders()))
                .orElse("–");
    }

    /** Widens the targets' columns to their longest word, as the coverage's. */
    private void fitTargets(List<TeamTarget> shown) {
        ColumnWidths.fit(targets.getColumnByKey(SKILL), shown, this::targetSkill);
        ColumnWidths.fit(targets.getColumnByKey("level"), shown, this::targetLevel);
        ColumnWidths.fit(targets.getColumnByKey("headcount"), shown, TeamGapsView::headcount);
        ColumnWidths.fit(targets.getColumnByKey(HOLDERS), shown, this::targetHolders);
    }

    void openTarget(@Nullable TeamTarget existing) {
        var teamId = page().team().id();
        var targeted =
                targets.getListDataView().getItems().map(TeamTarget::skill).collect(Collectors.toSet());
        var offered = page().catalog().activeSkills().stream()
                .filter(skill -> existing != null || !targeted.contains(skill.id()))
                .toList();
        new TargetDialog(
                        existing,
                        existing == null ? null : page().skills().get(existing.skill()),
                        offered,
                        page().levels(),
                        dates,
                        (skill, level, headcount) -> existing == null
                                ? setTeamTarget.add(actor, new TeamTarget(teamId, skill.id(), level, headcount, 0))
                                : setTeamTarget.change(
                                        actor,
                                        new TeamTarget(teamId, skill.id(), level, headcount, existing.version())),
                        conflict.explainer(teamId),
                        () -> reload(getTranslation("targets.saved")),
                        () -> reload(null))
                .open();
    }

    private void confirmRemoval(TeamTarget target) {
        new RemoveTargetDialog(
                        "remove-target-dialog",
                        page().skillName(target.skill()),
                        "targets.remove.text",
                        () -> remove(target))
                .open();
    }

    void remove(TeamTarget target) {
        conflict.remove(
                page().team().id(),
                () -> setTeamTarget.remove(actor, target.team(), target.skill(), target.version()),
                () -> reload(getTranslation("targets.removed", page().skillName(target.skill()))));
    }

    private void reload(@Nullable String message) {
        conflict.removeAll();
        show(analyseTeamGaps.analyse(actor, page().team().id()));
        if (message != null) {
            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void show(TeamGaps gaps) {
        var teamTargets = setTeamTarget.targetsOf(actor, gaps.team().id());
        Map<SkillId, TeamTarget> targetBySkill =
                teamTargets.stream().collect(Collectors.toMap(TeamTarget::skill, Function.identity()));
        Map<CategoryId, String> categoryNames =
                page().catalog().categories().stream().collect(Collectors.toMap(Category::id, Category::name));
        var newRows = new ArrayList<CoverageRow>();
        for (var skillCoverage : gaps.skills()) {
            var skill = page().skills().get(skillCoverage.skill());
            if (skill == null) {
                continue;
            }
            var sole = skillCoverage.soleHolder();
            newRows.add(new CoverageRow(
                    skillCoverage,
                    skill,
                    categoryNames.getOrDefault(skill.category(), ""),
                    targetBySkill.get(skill.id()),
                    sole == null ? null : gaps.soleHolders().getOrDefault(sole, sole.toString())));
        }
        rows = List.copyOf(newRows);
        fitCoverage();
        filterCoverage();
        var shownTargets = teamTargets.stream()
                .sorted(Comparator.comparing(this::targetSkill))
                .toList();
        fitTargets(shownTargets);
        targets.setItems(shownTargets);
        certificationTargets.show(gaps.team().id(), gaps.certifications(), maySetTargets);
        showFigures(gaps);
        showStaffingLink(gaps);
        showSinglePoints();
        showRollup(gaps, categoryNames);
    }

    private void filterCoverage() {
        var chosen = category.getValue().stream().map(Category::id).collect(Collectors.toSet());
        coverage.setItems(rows.stream()
                .filter(row -> !onlyAtRisk.getValue() || row.atRisk())
                .filter(row -> chosen.isEmpty() || chosen.contains(row.skill().category()))
                .toList());
    }

    private void showFigures(TeamGaps gaps) {
        int withTargets =
                (int) gaps.skills().stream().filter(skill -> skill.hasTarget()).count();
        int met =
                (int) gaps.skills().stream().filter(skill -> skill.targetMet()).count();
        int shortfall =
                gaps.skills().stream().mapToInt(skill -> skill.shortfall()).sum();
        figures.removeAll();
        figures.add(
                figure("gaps.figure.targets-met", getTranslation("gaps.figure.targets-met.value", met, withTargets)),
                figure("gaps.figure.shortfall", getTranslation("gaps.figure.shortfall.value", shortfall)),
                figure(
                        "gaps.figure.single-points",
                        String.valueOf(gaps.singlePointsOfFailure().size())),
                figure(
                        "gaps.figure.uncovered",
                        String.valueOf(gaps.skills().stream()
                                .filter(skill -> skill.uncovered())
                                .count())),
                figure(
                        "gaps.figure.met-thanks-to-stale",
                        String.valueOf(gaps.metOnlyThanksToStaleRatings().size())));
        if (!gaps.certifications().isEmpty()) {
            figures.add(figure(
                    "gaps.figure.certification-targets-met",
                    getTranslation(
                            "gaps.figure.targets-met.value",
                            gaps.certifications().stream()
                                    .filter(CertificationCoverage::met)
                                    .count(),
                            gaps.certifications().size())));
        }
        staleRule.setText(getTranslation(
                gaps.staleCountsOneLevelLower() ? "gaps.stale.rule.lower" : "gaps.stale.rule.level",
                age.staleAfterMonths()));
    }

    private Div figure(String labelKey, String value) {
        var number = new Div(value);
        number.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
        var label = new Div(getTranslation(labelKey));
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var figure = new Div(number, label);
        figure.addClassNames("figure");
        return figure;
    }

    private void showSinglePoints() {
        singlePoints.removeAll();
        var points = rows.stream()
                .filter(row -> row.coverage().singlePointOfFailure())
                .toList();
        singlePointsDetails.setSummaryText(getTranslation("gaps.single-points.summary", points.size()));
        singlePointsDetails.setOpened(points.size() <= OPEN_SINGLE_POINTS);
        if (points.isEmpty()) {
            singlePoints.add(new ListItem(getTranslation("gaps.single-points.none")));
            return;
        }
        for (var row : points) {
            var item = new ListItem(getTranslation(
                    "gaps.single-points.item",
                    row.skill().name(),
                    row.soleHolder(),
                    page().levels().format(row.coverage().countingLevel())));
            item.addClassNames("spof");
            singlePoints.add(item);
        }
    }

    private void showRollup(TeamGaps gaps, Map<CategoryId, String> categoryNames) {
        var bars = new ArrayList<CoverageBars.Bar>();
        for (var rollupRow : gaps.categories()) {
            bars.add(new CoverageBars.Bar(
                    categoryNames.getOrDefault(rollupRow.category(), ""),
                    rollupRow.targetsMet(),
                    rollupRow.targets() - rollupRow.targetsMet(),
                    rollupRow.targets() == 0
                            ? getTranslation("gaps.rollup.no-targets", rollupRow.singlePointsOfFailure())
                            : getTranslation(
                                    "gaps.rollup.figures",
                                    rollupRow.targetsMet(),
                                    rollupRow.targets(),
                                    rollupRow.singlePointsOfFailure())));
        }
        rollup.setMarkup(CoverageBars.render(
                bars, getTranslation("gaps.rollup.title"), getTranslation("gaps.rollup.description")));
    }

    private TeamPage page() {
        if (page == null) {
            throw new IllegalStateException("no team opened");
        }
        return page;
    }

    /** The team shown, for tests. */
    @Nullable
    TeamId teamId() {
        return page == null ? null : page.team().id();
    }
}
