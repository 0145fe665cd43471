package org.skillsmatrix.ui.myskills;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.Interests;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.NarrowScreen;

/**
 * The catalog as a tree: categories, expanded, with their skills and the person's standing in each. Text
 * columns are plain text, so levels read the same to everyone; a row's history opens below it.
 *
 * <p>The browser draws each row's name and buttons from the row's texts (Lit templates), so a fetched row costs no
 * components on the server; a button's click calls the server's handler for its row. Only an opened history is a
 * component. A text a row does not show is empty.
 */
final class SkillTree extends Composite<TreeGrid<CatalogRow>> {

    static final String SKILL = "skill";
    static final String SELF = "self";
    static final String MANAGER = "manager";
    static final String EXPECTED = "expected";
    static final String INTEREST = "interest";
    static final String LAST_RATED = "last-rated";
    static final String ACTIONS = "actions";

    /**
     * The widths of the name and the actions on a laptop: with the others' (a level as long as German's
     * "Grundkenntnisse" whole) all columns fit beside the menu at 1440 px, so none hides behind the frozen actions.
     * Buttons that do not fit the actions' width wrap to a second line.
     */
    private static final String SKILL_WIDTH = "16rem";

    private static final String ACTIONS_WIDTH = "11.5rem";

    /** The rows fetched at a time: a laptop's screen shows fewer. */
    static final int PAGE_SIZE = 20;

    /**
     * The name cell: a category's name with how many of its skills are rated; a skill's name, a badge where it is
     * retired, its description cut to two lines, and on a phone the person's levels under it. The tree toggle
     * folds a category as the grid's own hierarchy column does.
     */
    private static final String NAME_TEMPLATE = """
            <vaadin-grid-tree-toggle \
            @click=${event => requestAnimationFrame(() => { event.defaultPrevented && toggle() })} \
            .leaf=${!model.hasChildren} .expanded=${live(model.expanded)} .level=${model.level}>\
            ${item.rated
              ? html`<span style="display: flex; flex-wrap: wrap; column-gap: var(--lumo-space-m); align-items: baseline">\
            <span class="font-semibold">${item.name}</span>\
            <span class="text-secondary text-s" style="white-space: nowrap">${item.rated}</span></span>`
              : html`<div><div><span class="font-medium">${item.name}</span>\
            ${item.retired ? html`<vaadin-badge theme="contrast small" class="ms-s">${item.retired}</vaadin-badge>` : ''}\
            </div>\
            ${item.description ? html`<div class="text-secondary text-s description" title=${item.description} \
            style="display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden">\
            ${item.description}</div>` : ''}\
            ${item.standing ? html`<div class="text-s standing">${item.standing}</div>` : ''}</div>`}\
            </vaadin-grid-tree-toggle>""";

    /**
     * A skill's buttons, each a real button with its accessible name: Rate, Still accurate (on a phone its icon
     * alone) and the history's, where they apply.
     */
    private static final String ACTIONS_TEMPLATE = """
            <div style="display: flex; flex-wrap: wrap; justify-content: flex-end">\
            ${item.rate ? html`<vaadin-button theme="small" aria-label=${item.rate} @click=${rateSkill}>\
            <vaadin-icon icon="vaadin:edit" slot="prefix"></vaadin-icon>${item.rateText}</vaadin-button>` : ''}\
            ${item.confirm ? html`<vaadin-button class="confirm" theme=${item.confirmText ? 'small tertiary' : 'small tertiary icon'} \
            aria-label=${item.confirm} @click=${confirmRating}>\
            ${item.confirmText \
              ? html`<vaadin-icon icon="vaadin:check" slot="prefix"></vaadin-icon>${item.confirmText}` \
              : html`<vaadin-icon icon="vaadin:check"></vaadin-icon>`}\
            <vaadin-tooltip slot="tooltip" text=${item.confirmTooltip}></vaadin-tooltip></vaadin-button>` : ''}\
            ${item.history ? html`<vaadin-button class="history" theme="small tertiary icon" \
            aria-label=${item.history} @click=${toggleHistory}><vaadin-icon icon="vaadin:clock"></vaadin-icon>\
            <vaadin-tooltip slot="tooltip" text=${item.historyTooltip}></vaadin-tooltip></vaadin-button>` : ''}\
            </div>""";

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
        grid.getColumnByKey(SKILL).setWidth(narrow ? "10rem" : SKILL_WIDTH);
        // on a phone the icons wrap under Rate, leaving the name room for a long German word whole
        grid.getColumnByKey(ACTIONS).setWidth(narrow ? "8.5rem" : ACTIONS_WIDTH);
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
        grid.addColumn(nameCell(grid))
                .setKey(SKILL)
                .setHeader(getTranslation("myskills.column.skill"))
                .setWidth(SKILL_WIDTH)
                .setFlexGrow(3);
        text(
                grid,
                SELF,
                "10rem",
                row -> levels.format(row.selfLevel().orElse(null), getTranslation("myskills.not-rated")));
        text(
                grid,
                MANAGER,
                "10rem",
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
                "8rem",
                row -> row.lastRated()
                        .map(at -> row.stale(age)
                                ? getTranslation("rating.stale.dated", dates.format(at))
                                : dates.format(at))
                        .orElse(getTranslation("myskills.never")));
        grid.addColumn(actions(grid))
                .setKey(ACTIONS)
                .setHeader(getTranslation("myskills.column.actions"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth(ACTIONS_WIDTH)
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

    private LitRenderer<CatalogRow> nameCell(TreeGrid<CatalogRow> grid) {
        return LitRenderer.<CatalogRow>of(NAME_TEMPLATE)
                .withProperty("name", CatalogRow::name)
                .withProperty(
                        "rated",
                        row -> row instanceof CategoryRow category
                                ? getTranslation(
                                        "myskills.category.rated",
                                        category.rated(),
                                        category.skills().size())
                                : "")
                .withProperty(
                        "retired",
                        row -> row instanceof SkillRow skill && !skill.rateable()
                                ? getTranslation("myskills.retired")
                                : "")
                .withProperty(
                        "description",
                        row -> row instanceof SkillRow skill && skill.skill().description() != null
                                ? skill.skill().description()
                                : "")
                .withProperty("standing", row -> row instanceof SkillRow skill && narrow ? standing(skill) : "")
                .withFunction("toggle", row -> {
                    if (grid.isExpanded(row)) {
                        grid.collapse(row);
                    } else {
                        grid.expand(row);
                    }
                });
    }

    private String standing(SkillRow row) {
        var levelsText = getTranslation(
                "myskills.standing",
                levels.format(row.selfLevel().orElse(null), getTranslation("myskills.not-rated")),
                levels.format(row.validatedLevel().orElse(null), getTranslation("myskills.not-validated")));
        return row.stale(age) ? getTranslation("rating.stale.dated", levelsText) : levelsText;
    }

    private LitRenderer<CatalogRow> actions(TreeGrid<CatalogRow> grid) {
        return LitRenderer.<CatalogRow>of(ACTIONS_TEMPLATE)
                .withProperty(
                        "rate",
                        row -> rateable(row)
                                .map(skill -> getTranslation("myskills.rate.aria", skill.name()))
                                .orElse(""))
                .withProperty("rateText", row -> getTranslation("myskills.rate"))
                .withProperty(
                        "confirm",
                        row -> confirmable(row)
                                .map(skill -> getTranslation("myskills.confirm.aria", skill.name()))
                                .orElse(""))
                .withProperty("confirmText", row -> narrow ? "" : getTranslation("myskills.confirm"))
                .withProperty("confirmTooltip", row -> getTranslation("myskills.confirm.tooltip"))
                .withProperty(
                        "history",
                        row -> withHistory(row)
                                .map(skill -> getTranslation("myskills.history.aria", skill.name()))
                                .orElse(""))
                .withProperty("historyTooltip", row -> getTranslation("myskills.history"))
                .withFunction("rateSkill", row -> rateable(row).ifPresent(onRate))
                .withFunction("confirmRating", row -> confirmable(row).ifPresent(onConfirm))
                .withFunction(
                        "toggleHistory",
                        row -> withHistory(row)
                                .ifPresent(skill -> grid.setDetailsVisible(skill, !grid.isDetailsVisible(skill))));
    }

    /** The skill of a row that offers Rate: a skill that is not retired. */
    private static Optional<SkillRow> rateable(CatalogRow row) {
        return skill(row).filter(SkillRow::rateable);
    }

    /** The skill of a row that offers Still accurate: the person's own rating of it has gone stale. */
    private Optional<SkillRow> confirmable(CatalogRow row) {
        return skill(row).filter(skill -> skill.confirmable(age));
    }

    /** The skill of a row that offers its history: it has been rated. */
    private static Optional<SkillRow> withHistory(CatalogRow row) {
        return skill(row).filter(skill -> !skill.history().isEmpty());
    }

    private static Optional<SkillRow> skill(CatalogRow row) {
        return row instanceof SkillRow skill ? Optional.of(skill) : Optional.empty();
    }
}
