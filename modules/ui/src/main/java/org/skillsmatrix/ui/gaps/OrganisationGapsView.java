package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.AnalyseOrganisationGaps;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.privacy.ShownCount;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.report.trend.AnalyseOrganisationTrend;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.CatalogInLanguage;
import org.skillsmatrix.ui.base.ColumnWidths;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.chart.Chart;
import org.skillsmatrix.ui.chart.CoverageBars;
import org.skillsmatrix.ui.report.ExportButton;

/**
 * The organisation's gaps for HR: every skill across all teams, riskiest first — the teams' shortfalls
 * added up, the teams short of their target, and the people who hold the skill, naming the one where there
 * is only one — and per category, the teams' targets met and missed.
 */
@Route(value = ViewRoutes.ORGANISATION_GAPS, layout = MainLayout.class)
@PermitAll
public final class OrganisationGapsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A skill's coverage with the names the grid shows. */
    record Row(
            OrganisationSkillCoverage coverage, ShownCount holders, Skill skill, String category, String soleHolder) {}

    final Grid<Row> grid = new Grid<>();
    final MultiSelectComboBox<Category> category = new MultiSelectComboBox<>();
    final Chart rollup = new Chart("organisation-rollup");
    private final Actor actor;
    private final AnalyseOrganisationGaps analyseOrganisationGaps;
    private final BrowseCatalog catalogs;
    private final ExportReport exportReport;
    private List<Row> rows = List.of();

    private final AnalyseOrganisationTrend analyseOrganisationTrend;
    final TrendSection trend = new TrendSection();

    public OrganisationGapsView(
            CurrentUser currentUser,
            AnalyseOrganisationGaps analyseOrganisationGaps,
            BrowseCatalog catalogs,
            ExportReport exportReport,
            AnalyseOrganisationTrend analyseOrganisationTrend) {
        this.actor = currentUser.actor();
        this.analyseOrganisationGaps = analyseOrganisationGaps;
        this.analyseOrganisationTrend = analyseOrganisationTrend;
        this.catalogs = catalogs;
        this.exportReport = exportReport;
        category.setLabel(getTranslation("gaps.filter.categories"));
        category.setPlaceholder(getTranslation("gaps.filter.all-categories"));
        category.setItemLabelGenerator(Category::name);
        category.setClearButtonVisible(true);
        category.setWidth("22rem");
        category.addValueChangeListener(change -> filter());
        configureGrid();
    }

    /** Reads the figures on entering, so a refusal shows on the error view. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var gaps = analyseOrganisationGaps.analyse(actor);
        var catalog = CatalogInLanguage.read(catalogs, actor, getLocale());
        var levels = new LevelFormat(catalog.scale());
        Map<SkillId, Skill> skills =
                catalog.skills().stream().collect(Collectors.toMap(Skill::id, Function.identity()));
        Map<CategoryId, String> categories =
                catalog.categories().stream().collect(Collectors.toMap(Category::id, Category::name));
        rows = gaps.skills().stream()
                .flatMap(skill -> Optional.ofNullable(skills.get(skill.skill()))
                        .map(known -> {
                            var sole = skill.soleHolder();
                            return new Row(
                                    skill,
                                    gaps.holders(skill),
                                    known,
                                    categories.getOrDefault(known.category(), ""),
                                    sole == null ? "" : gaps.soleHolders().getOrDefault(sole, sole.toString()));
                        })
                        .stream())
                .toList();

        var intro = new Paragraph(getTranslation("organisation-gaps.intro", levels.format(Level.HOLDS_SKILL)));
        intro.addClassNames(LumoUtility.Margin.NONE);
        category.setItems(catalog.categories());
        fitColumns();
        showRollup(catalog.categories());
        var rollupHeading = new H2(getTranslation("organisation-gaps.rollup.title"));
        rollupHeading.addClassNames(LumoUtility.FontSize.LARGE);
        var export = new ExportButton(exportReport, actor, new ReportRequest.OrganisationGaps());
        // what if a sole holder left: asked on the What if page, for the team chosen there
        var whatIf = new Anchor(ViewRoutes.WHAT_IF, getTranslation("what-if.open"));
        whatIf.setId("what-if-link");
        add(intro);
        if (gaps.privacy().hidesAny()) {
            var privacy = new Paragraph(
                    getTranslation("organisation-gaps.privacy", gaps.privacy().minimumGroup()));
            privacy.setId("privacy-note");
            privacy.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
            add(privacy);
        }
        add(export, whatIf, category, grid, rollupHeading, rollup, trend);
        trend.show(
                getTranslation("organisation-gaps.trend.subject"),
                getTranslation("organisation-gaps.trend.intro", levels.format(Level.HOLDS_SKILL)),
                analyseOrganisationTrend.analyse(actor).points(),
                categories);
        filter();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation-gaps.title");
    }

    private void configureGrid() {
        grid.setId("organisation-gaps");
        grid.addClassName("coverage");
        grid.setAriaLabel(getTranslation("organisation-gaps.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("28rem");
        grid.addColumn(row -> row.skill().name())
                .setKey("skill")
                .setHeader(getTranslation("gaps.column.skill"))
                .setFlexGrow(2);
        grid.addColumn(Row::category)
                .setKey("category")
                .setHeader(getTranslation("gaps.column.category"))
                .setFlexGrow(2);
        grid.addColumn(OrganisationGapsView::shortfall)
                .setKey("shortfall")
                .setHeader(getTranslation("organisation-gaps.column.shortfall"))
                .setPartNameGenerator(row -> row.coverage().shortfall() > 0 ? "short" : null)
                .setComparator(row -> row.coverage().shortfall())
                .setSortable(true);
        grid.addColumn(this::teamsShort)
                .setKey("teams-short")
                .setHeader(getTranslation("organisation-gaps.column.teams-short"))
                .setComparator(row -> row.coverage().teamsShort())
                .setSortable(true);
        grid.addColumn(this::holders)
                .setKey("holders")
                .setHeader(getTranslation("organisation-gaps.column.holders"))
                .setComparator(row -> row.holders().order())
                .setSortable(true);
        grid.addColumn(Row::soleHolder)
                .setKey("sole-holder")
                .setHeader(getTranslation("gaps.column.sole-holder"))
                .setPartNameGenerator(row -> row.coverage().singlePointOfFailure() ? "single-point" : null)
                .setFlexGrow(2);
        grid.addColumn(FinderLinks.<Row>of(this, Row::skill, row -> Level.HOLDS_SKILL))
                .setKey("find")
                .setHeader(getTranslation("gaps.column.find"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** Widens the columns to their longest word, so a long one (German's "Programmiersprachen") shows whole. */
    private void fitColumns() {
        fit("skill", row -> row.skill().name());
        fit("category", Row::category);
        fit("shortfall", OrganisationGapsView::shortfall);
        fit("teams-short", this::teamsShort);
        fit("holders", this::holders);
        fit("sole-holder", Row::soleHolder);
    }

    private void fit(String column, Function<Row, String> text) {
        ColumnWidths.fit(grid.getColumnByKey(column), rows, text);
    }

    private static String shortfall(Row row) {
        return String.valueOf(row.coverage().shortfall());
    }

    private String teamsShort(Row row) {
        return getTranslation(
                "organisation-gaps.teams-short",
                row.coverage().teamsShort(),
                row.coverage().teamsWithTarget());
    }

    private String holders(Row row) {
        var holders = row.holders().value();
        return holders == null
                ? getTranslation("privacy.fewer-than", row.holders().fewerThan())
                : holders.toString();
    }

    private void filter() {
        var chosen = category.getValue().stream().map(Category::id).collect(Collectors.toSet());
        grid.setItems(rows.stream()
                .filter(row -> chosen.isEmpty() || chosen.contains(row.skill().category()))
                .toList());
    }

    /** The rows riskiest first, as shown before any filter; for tests. */
    List<Row> rows() {
        return rows;
    }

    private void showRollup(List<Category> categories) {
        Map<CategoryId, int[]> sums = new LinkedHashMap<>();
        categories.forEach(category -> sums.put(category.id(), new int[3]));
        for (var row : rows) {
            var sum = sums.get(row.skill().category());
            if (sum != null) {
                sum[0] += row.coverage().teamsWithTarget() - row.coverage().teamsShort();
                sum[1] += row.coverage().teamsShort();
                sum[2] += row.coverage().singlePointOfFailure() ? 1 : 0;
            }
        }
        var bars = new ArrayList<CoverageBars.Bar>();
        for (var category : categories) {
            var sum = sums.computeIfAbsent(category.id(), unused -> new int[3]);
            bars.add(new CoverageBars.Bar(
                    category.name(),
                    sum[0],
                    sum[1],
                    getTranslation("organisation-gaps.rollup.figures", sum[0], sum[0] + sum[1], sum[2])));
        }
        rollup.setMarkup(CoverageBars.render(
                bars,
                getTranslation("organisation-gaps.rollup.title"),
                getTranslation("organisation-gaps.rollup.description")));
    }
}
