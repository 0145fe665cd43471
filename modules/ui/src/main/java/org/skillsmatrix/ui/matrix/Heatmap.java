package org.skillsmatrix.ui.matrix;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnRendering;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.ColumnWidths;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.LevelPalette;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * The heatmap: a grid with the people as rows and a narrow column per skill, grouped under their category.
 * The name column and the headers stay in place while the rest scrolls, and the grid renders only the columns
 * in view, so a team of 50 by 200 skills stays quick. Each cell shows its number, coloured by level, and a rated
 * cell the ratings' dates as its tooltip; a click, or Enter on a focused cell, opens it where the actor may rate.
 * Cells, headers and totals are texts, so a skill's column costs the server one component and a row none.
 * Each category's header folds its skills into one column, which counts the skills each person holds, and
 * unfolds them again; in compact mode the skill columns are narrow, so a whole category fits beside the names.
 * A category has only the columns it shows: its skills' while unfolded, its one column while folded. Folding or
 * unfolding asks the view for a new heatmap, which scrolls to the category and puts the focus on its toggle.
 */
final class Heatmap extends Grid<MatrixRow> {

    static final String PERSON = "person";
    static final String AT_LEVEL = "at-level";

    static final String FOLDED = "folded-";
    static final String COMPACT_WIDTH = "2.25rem";

    private final Map<Column<MatrixRow>, Skill> skillOf = new HashMap<>();
    private final Map<CategoryId, Section> sections = new LinkedHashMap<>();
    private final SerializableBiConsumer<CategoryId, Boolean> onCollapse;
    private final LevelFormat levels;
    private final Dates dates;
    private final MatrixFilter filter;
    private final RatingAge age;
    private @Nullable MatrixRow focusedRow;
    private @Nullable Skill focusedSkill;

    Heatmap(
            MatrixFilter.Layout layout,
            MatrixFilter filter,
            LevelFormat levels,
            Dates dates,
            HeatmapDisplay display,
            RatingAge age,
            SerializableBiConsumer<MatrixRow, Skill> onOpen,
            SerializableBiConsumer<CategoryId, Boolean> onCollapse) {
        this.age = age;
        this.onCollapse = onCollapse;
        var narrow = display.narrow();
        this.levels = levels;
        this.dates = dates;
        this.filter = filter;
        setId("team-matrix");
        getElement().setAttribute(MainLayout.SKIP_TARGET, true);
        addClassName("heatmap");
        if (display.compact()) {
            addClassName("compact");
        }
        setAriaLabel(getTranslation("matrix.grid.label"));
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setColumnRendering(ColumnRendering.LAZY);
        setSizeFull();
        setEmptyStateText(getTranslation("matrix.empty"));

        var person = addColumn(LitRenderer.<MatrixRow>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty(
                                "href",
                                row -> ViewRoutes.of(
                                        ViewRoutes.PROFILE, row.person().id()))
                        .withProperty("name", row -> row.person().name()))
                .setKey(PERSON)
                .setHeader(getTranslation("matrix.column.person"))
                .setFrozen(true)
                .setRowHeader(true)
                .setWidth(narrow ? "8rem" : "13rem")
                .setFlexGrow(0);
        person.setComparator(row -> row.person().name());
        var threshold = threshold(filter);
        var skillsShown =
                layout.skills().values().stream().flatMap(List::stream).toList();
        var atLevel = addColumn(row -> atLevel(row, skillsShown, threshold))
                .setKey(AT_LEVEL)
                .setHeader(atLevelHeader(levels, threshold, narrow || display.compact()))
                .setFrozen(true)
                .setWidth(
                        narrow || display.compact()
                                ? "4.5rem"
                                : columnWidth(getTranslation("matrix.column.at-level", levels.format(threshold))))
                .setFlexGrow(0)
                .setComparator(row -> atLevel(row, skillsShown, threshold));
        layout.skills().forEach((category, skills) -> {
            var folded = display.collapsed().contains(category.id());
            var columns = folded
                    ? List.of(foldedColumn(category, skills, threshold, display.compact()))
                    : skills.stream()
                            .map(skill -> skillColumn(skill, display.compact()))
                            .toList();
            sections.put(category.id(), new Section(category, folded, columns, new Button()));
        });
        var groups = prependHeaderRow();
        groups.getCell(person).setText(getTranslation("matrix.column.category"));
        var totals = appendFooterRow();
        totals.getCell(person).setText(getTranslation("matrix.total", levels.format(threshold)));
        totals.getCell(atLevel).setText("");
        skillOf.forEach((column, skill) ->
                totals.getCell(column).setText(String.valueOf(holders(layout.rows(), skill, threshold))));
        sections.values().forEach(section -> {
            var columns = section.columns();
            if (section.folded()) {
                totals.getCell(columns.getFirst()).setText("");
            }
            var group = columns.size() == 1
                    ? groups.getCell(columns.getFirst())
                    : groups.join(columns.toArray(Column[]::new));
            group.setComponent(toggle(section));
        });
        setItems(layout.rows());

        addItemClickListener(event -> {
            var skill = event.getColumn() == null ? null : skillOf.get(event.getColumn());
            if (skill != null && event.getItem() != null) {
                onOpen.accept(event.getItem(), skill);
            }
        });
        addCellFocusListener(event -> {
            focusedRow = event.getItem().orElse(null);
            focusedSkill = event.getColumn().map(skillOf::get).orElse(null);
        });
        getElement()
                .addEventListener("keydown", event -> {
                    if (focusedRow != null && focusedSkill != null) {
                        onOpen.accept(focusedRow, focusedSkill);
                    }
                })
                .setFilter("event.key === '" + Key.ENTER.getKeys().getFirst() + "'");
    }

    /**
     * The count column's header: "At 1 · Awareness or above", or on a phone, where its column is narrow, the
     * short "≥ 1" with the whole text as its tooltip; the legend above the grid names the level.
     */
    private Component atLevelHeader(LevelFormat levels, Level threshold, boolean narrow) {
        var whole = getTranslation("matrix.column.at-level", levels.format(threshold));
        var header = new Span(narrow ? getTranslation("matrix.column.at-level.short", threshold.value()) : whole);
        header.setTitle(whole);
        return header;
    }

    private Column<MatrixRow> skillColumn(Skill skill, boolean compact) {
        var column = addColumn(row -> text(row, skill))
                .setKey(skill.id().toString())
                .setWidth(compact ? COMPACT_WIDTH : columnWidth(skill.name()))
                .setFlexGrow(0)
                .setComparator(row -> levelValue(row, skill))
                .setPartNameGenerator(row -> parts(row, skill))
                .setTooltipGenerator(row -> tooltip(row, skill));
        name(column, skill.name(), compact);
        skillOf.put(column, skill);
        return column;
    }

    /**
     * A category folded into one column: per person, how many of its skills shown they hold at the level the
     * totals count from, out of how many.
     */
    private Column<MatrixRow> foldedColumn(Category category, List<Skill> skills, Level threshold, boolean compact) {
        var column = addColumn(
                        row -> getTranslation("matrix.folded.cell", atLevel(row, skills, threshold), skills.size()))
                .setKey(FOLDED + category.id())
                .setWidth(compact ? "3rem" : columnWidth(category.name()))
                .setFlexGrow(0)
                .setComparator(row -> atLevel(row, skills, threshold))
                .setPartNameGenerator(row -> "folded")
                .setTooltipGenerator(row -> getTranslation(
                        "matrix.folded.tooltip",
                        row.person().name(),
                        atLevel(row, skills, threshold),
                        skills.size(),
                        category.name(),
                        levels.format(threshold)));
        name(column, category.name(), compact);
        return column;
    }

    /**
     * A column's name as its header: plain text, which wraps between words and shows whole; in compact mode,
     * where the style sheet writes it upwards and may cut it, a span that carries the whole name as its title.
     * Text costs the server no component per column.
     */
    private static void name(Column<MatrixRow> column, String name, boolean compact) {
        if (!compact) {
            column.setHeader(name);
            return;
        }
        var header = new Span(name);
        header.addClassName("column-name");
        header.setTitle(name);
        column.setHeader(header);
    }

    /** The button in a category's header that asks for the category folded, or unfolded again. */
    private Button toggle(Section section) {
        var toggle = section.toggle();
        var category = section.category();
        var folded = section.folded();
        toggle.addClassName("category-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        toggle.setAriaLabel(category.name());
        toggle.setText(folded ? "" : category.name());
        toggle.setIcon((folded ? VaadinIcon.CHEVRON_RIGHT_SMALL : VaadinIcon.CHEVRON_DOWN_SMALL).create());
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(!folded));
        toggle.setTooltipText(
                getTranslation(folded ? "matrix.category.expand" : "matrix.category.collapse", category.name()));
        toggle.addClickListener(click -> onCollapse.accept(category.id(), !folded));
        return toggle;
    }

    /** The categories shown, folded or not. */
    List<CategoryId> categories() {
        return List.copyOf(sections.keySet());
    }

    /** Scrolls to a category and puts the focus on its toggle, where the toggle it replaces had it. */
    void reveal(CategoryId category) {
        var section = sections.get(category);
        if (section != null) {
            scrollToColumn(section.columns().getFirst());
            section.toggle().focus();
        }
    }

    /** The toggle in a category's header, for tests. */
    @Nullable
    Button toggle(CategoryId category) {
        var section = sections.get(category);
        return section == null ? null : section.toggle();
    }

    /** A category's columns, its one while folded or one per skill, and the button in its header that switches them. */
    private record Section(Category category, boolean folded, List<Column<MatrixRow>> columns, Button toggle)
            implements Serializable {}

    /**
     * A skill column's width: 5.5rem, or wide enough for the longest word of the skill's name in the header's
     * small type beside the cell's padding and the sorting arrows, so a header wraps between words and is never
     * cut (a word of the small type is at most about 0.5rem a character).
     */
    static String columnWidth(String name) {
        return ColumnWidths.rem(Math.max(5.5, ColumnWidths.longestWord(name) * 0.5 + 2.5));
    }

    /** The skill a column shows, for tests; empty for the name column. */
    @Nullable
    Skill skill(String columnKey) {
        return skillOf.entrySet().stream()
                .filter(entry -> entry.getKey().getKey().equals(columnKey))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The skills whose columns show, in their order; a folded category's skills have none. */
    List<Skill> skills() {
        return getColumns().stream()
                .map(skillOf::get)
                .filter(skill -> skill != null)
                .toList();
    }

    /** The level the totals count from: the filter's minimum, else the level that holds a skill. */
    static Level threshold(MatrixFilter filter) {
        return filter.minimum() == null ? Level.HOLDS_SKILL : filter.minimum();
    }

    /** The person's level in the skill from the chosen source, -1 where there is none: sorts unrated last. */
    int levelValue(MatrixRow row, Skill skill) {
        return row.rating(skill.id())
                .flatMap(filter.source()::level)
                .map(Level::value)
                .orElse(-1);
    }

    /** How many of the skills shown the person holds at the level or above. */
    int atLevel(MatrixRow row, List<Skill> skills, Level threshold) {
        return (int) skills.stream()
                .filter(skill -> levelValue(row, skill) >= threshold.value())
                .count();
    }

    /** How many of the people shown hold the skill at the level or above. */
    long holders(List<MatrixRow> rows, Skill skill, Level threshold) {
        return rows.stream()
                .filter(row -> levelValue(row, skill) >= threshold.value())
                .count();
    }

    /**
     * The cell's number, with the stale mark where the level shown has gone stale, or a dash where there is no
     * rating from the chosen source.
     */
    String text(MatrixRow row, Skill skill) {
        var rating = row.rating(skill.id()).orElse(null);
        return rating == null
                ? "–"
                : filter.source()
                        .level(rating)
                        .map(level -> filter.source().stale(rating, age)
                                ? getTranslation("rating.stale.cell", level.value())
                                : String.valueOf(level.value()))
                        .orElse("–");
    }

    String parts(MatrixRow row, Skill skill) {
        var rating = row.rating(skill.id()).orElse(null);
        var level = rating == null ? null : filter.source().level(rating).orElse(null);
        var parts = new StringBuilder(LevelPalette.part(level));
        if (rating != null && filter.source().unvalidated(rating)) {
            parts.append(" unvalidated");
        }
        if (rating != null && level != null && filter.source().stale(rating, age)) {
            parts.append(" stale");
        }
        if (filter.minimum() != null && !filter.reaches(row, skill)) {
            parts.append(" below-minimum");
        }
        if (row.rateable()) {
            parts.append(" rateable");
        }
        return parts.toString();
    }

    /**
     * Both current ratings with their dates, so the reader sees how old a level is and who gave it; none where
     * nobody has rated the skill, as the cell's dash says.
     */
    @Nullable
    String tooltip(MatrixRow row, Skill skill) {
        var rating = row.rating(skill.id()).orElse(null);
        if (rating == null) {
            return null;
        }
        var lines = line(rating, true) + "\n" + line(rating, false);
        return filter.source().stale(rating, age)
                ? lines + "\n" + getTranslation("rating.stale.tooltip", age.staleAfterMonths())
                : lines;
    }

    private String line(CurrentRating rating, boolean self) {
        var given = self ? rating.self() : rating.manager();
        if (given == null) {
            return getTranslation(self ? "matrix.tooltip.self-none" : "matrix.tooltip.manager-none");
        }
        return getTranslation(
                self ? "matrix.tooltip.self" : "matrix.tooltip.manager",
                levels.format(given.level()),
                dates.format(given.at()));
    }
}
