package org.skillsmatrix.ui.myskills;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.Interests;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.NarrowScreen;

/**
 * The catalog as a tree: categories, expanded, with their skills and the person's standing in each. Text
 * columns are plain text, so levels read the same to everyone; a row's history opens below it.
 */
final class SkillTree extends Composite<TreeGrid<CatalogRow>> {

    static final String SKILL = "skill";
    static final String SELF = "self";
    static final String MANAGER = "manager";
    static final String EXPECTED = "expected";
    static final String INTEREST = "interest";
    static final String LAST_RATED = "last-rated";
    static final String ACTIONS = "actions";

    /** The class of the name in a row's first cell, for finding rows by name. */
    static final String ROW_NAME = "row-name";

    /**
     * The rows fetched at a time: a laptop's screen shows fewer, and each fetched row keeps its cells' components
     * on the server for as long as the view is open, so the grid's default of 50 kept most of the catalog's.
     */
    static final int PAGE_SIZE = 20;

    private final TreeData<CatalogRow> data = new TreeData<>();
    private final TreeDataProvider<CatalogRow> provider = new TreeDataProvider<>(data);
    private final LevelFormat levels;
    private final Dates dates;
    private final RatingAge age;
    private final SerializableConsumer<SkillRow> onRate;
    private final SerializableConsumer<SkillRow> onConfirm;
    private String filter = "";
    private boolean narrow;

    SkillTree(
            LevelFormat levels,
            Dates dates,
            RatingAge age,
            SerializableConsumer<SkillRow> onRate,
            SerializableConsumer<SkillRow> onConfirm) {
        this.levels = levels;
        this.dates = dates;
        this.age = age;
        this.onRate = onRate;
        this.onConfirm = onConfirm;
        NarrowScreen.follow(this, this::showNarrow);
    }

    /**
     * On a phone only the skill and its actions stay as columns, the Rate button frozen at the row's end ("Still
     * accurate" as its icon); the levels, and whether the rating is stale, move under the skill's name.
     */
    void showNarrow(boolean narrow) {
        if (this.narrow == narrow) {
            return;
        }
        this.narrow = narrow;
        var grid = getContent();
        for (var key : List.of(SELF, MANAGER, EXPECTED, INTEREST, LAST_RATED)) {
            grid.getColumnByKey(key).setVisible(!narrow);
        }
        grid.getColumnByKey(SKILL).setWidth(narrow ? "10rem" : "16rem");
        grid.getColumnByKey(ACTIONS).setWidth(narrow ? "11rem" : "17rem");
        provider.refreshAll();
    }

    boolean narrow() {
        return narrow;
    }

    @Override
    protected TreeGrid<CatalogRow> initContent() {
        var grid = new TreeGrid<CatalogRow>();
        grid.setId("my-skills");
        grid.setAriaLabel(getTranslation("myskills.grid.label"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentHierarchyColumn(this::nameCell)
                .setKey(SKILL)
                .setHeader(getTranslation("myskills.column.skill"))
                .setWidth("16rem")
                .setFlexGrow(3);
        text(
                grid,
                SELF,
                "9rem",
                row -> levels.format(row.selfLevel().orElse(null), getTranslation("myskills.not-rated")));
        text(
                grid,
                MANAGER,
                "9rem",
                row -> levels.format(row.validatedLevel().orElse(null), getTranslation("myskills.not-validated")));
        text(grid, EXPECTED, "9rem", this::expected);
        text(
                grid,
                INTEREST,
                "7rem",
                row -> row.interest()
                        .map(interest -> getTranslation(Interests.key(interest)))
                        .orElse(getTranslation("myskills.no-interest")));
        text(
                grid,
                LAST_RATED,
                "9rem",
                row -> row.lastRated()
                        .map(at -> row.stale(age)
                                ? getTranslation("rating.stale.dated", dates.format(at))
                                : dates.format(at))
                        .orElse(getTranslation("myskills.never")));
        grid.addComponentColumn(this::actions)
                .setKey(ACTIONS)
                .setHeader(getTranslation("myskills.column.actions"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("17rem")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(
                row -> row instanceof SkillRow skill ? new RatingHistory(skill.history(), levels, dates) : new Div()));
        grid.setDetailsVisibleOnClick(false);
        grid.setEmptyStateText(getTranslation("myskills.empty"));
        grid.setPageSize(PAGE_SIZE);
        grid.setDataProvider(provider);
        provider.setFilter(row -> row.matches(filter));
        return grid;
    }

    void setRows(List<CategoryRow> categories) {
        data.clear();
        for (var category : categories) {
            data.addItem(null, category);
            data.addItems(category, category.skills().toArray(CatalogRow[]::new));
        }
        provider.refreshAll();
        getContent().expand(categories.toArray(CatalogRow[]::new));
    }

    /** Shows only skills whose name, or whose category's name, contains the text; ignoring case. */
    void filter(String text) {
        filter = text.strip().toLowerCase(Locale.ROOT);
        provider.refreshAll();
    }

    /** Redraws a skill's row and its category's after the person's standing in it changed. */
    void refresh(SkillRow row) {
        provider.refreshItem(row);
        var category = data.getParent(row);
        if (category != null) {
            provider.refreshItem(category);
        }
    }

    private void text(Grid<CatalogRow> grid, String key, String width, ValueProvider<SkillRow, String> value) {
        grid.addColumn(row -> row instanceof SkillRow skill ? value.apply(skill) : "")
                .setKey(key)
                .setHeader(getTranslation("myskills.column." + key))
                .setWidth(width)
                .setFlexGrow(1);
    }

    private String expected(SkillRow row) {
        return row.expected()
                .map(level -> row.gap() > 0
                        ? getTranslation("myskills.expected.gap", levels.format(level), row.gap())
                        : levels.format(level))
                .orElse(getTranslation("myskills.not-expected"));
    }

    private Component nameCell(CatalogRow row) {
        return switch (row) {
            case CategoryRow category -> categoryCell(category);
            case SkillRow skill -> skillCell(skill);
        };
    }

    private Component categoryCell(CategoryRow category) {
        var name = new Span(category.name());
        name.addClassNames(ROW_NAME, LumoUtility.FontWeight.SEMIBOLD);
        var rated = new Span(getTranslation(
                "myskills.category.rated", category.rated(), category.skills().size()));
        rated.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var cell = new HorizontalLayout(name, rated);
        cell.setSpacing(true);
        cell.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return cell;
    }

    private Component skillCell(SkillRow row) {
        var name = new Span(row.name());
        name.addClassNames(ROW_NAME, LumoUtility.FontWeight.MEDIUM);
        var title = new Div(name);
        if (!row.rateable()) {
            var retired = new Badge(getTranslation("myskills.retired"));
            retired.addThemeVariants(BadgeVariant.CONTRAST, BadgeVariant.SMALL);
            retired.addClassNames(LumoUtility.Margin.Start.SMALL);
            title.add(retired);
        }
        var cell = new Div(title);
        var description = row.skill().description();
        if (description != null) {
            var text = new Div(description);
            text.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, "description");
            text.getElement().setAttribute("title", description);
            text.getStyle()
                    .set("display", "-webkit-box")
                    .set("-webkit-line-clamp", "2")
                    .set("-webkit-box-orient", "vertical")
                    .set("overflow", "hidden");
            cell.add(text);
        }
        if (narrow) {
            var levelsText = getTranslation(
                    "myskills.standing",
                    levels.format(row.selfLevel().orElse(null), getTranslation("myskills.not-rated")),
                    levels.format(row.validatedLevel().orElse(null), getTranslation("myskills.not-validated")));
            var standing = new Div(row.stale(age) ? getTranslation("rating.stale.dated", levelsText) : levelsText);
            standing.addClassNames(LumoUtility.FontSize.SMALL, "standing");
            cell.add(standing);
        }
        return cell;
    }

    private Component actions(CatalogRow row) {
        if (!(row instanceof SkillRow skill)) {
            return new Span();
        }
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setJustifyContentMode(HorizontalLayout.JustifyContentMode.END);
        if (skill.rateable()) {
            var rate = new Button(getTranslation("myskills.rate"), VaadinIcon.EDIT.create());
            rate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            rate.setAriaLabel(getTranslation("myskills.rate.aria", skill.name()));
            rate.addClickListener(event -> onRate.accept(skill));
            actions.add(rate);
        }
        if (skill.confirmable(age)) {
            var confirm = new Button(VaadinIcon.CHECK.create());
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            if (narrow) {
                confirm.addThemeVariants(ButtonVariant.LUMO_ICON);
            } else {
                confirm.setText(getTranslation("myskills.confirm"));
            }
            confirm.setAriaLabel(getTranslation("myskills.confirm.aria", skill.name()));
            confirm.setTooltipText(getTranslation("myskills.confirm.tooltip"));
            confirm.addClassNames("confirm");
            confirm.addClickListener(event -> onConfirm.accept(skill));
            actions.add(confirm);
        }
        if (!skill.history().isEmpty()) {
            var history = new Button(VaadinIcon.CLOCK.create());
            history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            history.setAriaLabel(getTranslation("myskills.history.aria", skill.name()));
            history.setTooltipText(getTranslation("myskills.history"));
            history.addClassNames("history");
            history.addClickListener(event -> toggleHistory(skill));
            actions.add(history);
        }
        return actions;
    }

    private void toggleHistory(SkillRow row) {
        var grid = getContent();
        grid.setDetailsVisible(row, !grid.isDetailsVisible(row));
    }
}
