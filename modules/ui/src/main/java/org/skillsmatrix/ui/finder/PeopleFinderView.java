package org.skillsmatrix.ui.finder;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.search.FindPeopleBySkill;
import org.skillsmatrix.domain.search.PersonMatch;
import org.skillsmatrix.domain.search.SkillCriterion;
import org.skillsmatrix.ui.base.CatalogInLanguage;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.DomainErrors;
import org.skillsmatrix.ui.base.Interests;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.LevelSwatch;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * The people finder for managers and HR: everyone in the organisation at a level or above in one skill or
 * several at once, the strongest first and, among equals, those who want to grow in the skills; with their
 * teams. Opened from a gap, it starts with that skill and level.
 */
@Route(value = ViewRoutes.PEOPLE_FINDER, layout = MainLayout.class)
@PermitAll
public final class PeopleFinderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int LIMIT = 100;
    static final String PERSON = "person";
    static final String TEAMS = "teams";

    private final Actor actor;
    private final AccessPolicy policy;
    private final BrowseCatalog catalogs;
    private final FindPeopleBySkill findPeopleBySkill;

    final VerticalLayout criteria = new VerticalLayout();
    final Button addCriterion = new Button();
    final Button search = new Button();
    final Grid<PersonMatch> results = new Grid<>();
    final Span count = new Span();
    private final Div error = new Div();
    private List<Skill> skills = List.of();
    private Map<SkillId, Skill> skillById = Map.of();
    private @Nullable LevelFormat levels;

    public PeopleFinderView(
            CurrentUser currentUser, AccessPolicy policy, BrowseCatalog catalogs, FindPeopleBySkill findPeopleBySkill) {
        this.actor = currentUser.actor();
        this.policy = policy;
        this.catalogs = catalogs;
        this.findPeopleBySkill = findPeopleBySkill;
        criteria.setPadding(false);
        criteria.setSpacing(false);
        criteria.setId("criteria");
        addCriterion.setText(getTranslation("finder.add"));
        addCriterion.setIcon(VaadinIcon.PLUS.create());
        addCriterion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addCriterion.addClickListener(click -> addRow(null, Level.PROFICIENT));
        search.setText(getTranslation("finder.search"));
        search.setIcon(VaadinIcon.SEARCH.create());
        search.setId("search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(click -> search());
        search.addClickShortcut(Key.ENTER);
        error.setId("finder-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassNames(LumoUtility.TextColor.ERROR);
        count.setId("finder-count");
        count.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finder.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        policy.check(actor, new Action.SearchPeople());
        removeAll();
        var catalog = CatalogInLanguage.read(catalogs, actor, getLocale());
        levels = new LevelFormat(catalog.scale());
        skills = catalog.activeSkills();
        skillById = catalog.skills().stream().collect(Collectors.toMap(Skill::id, Function.identity()));

        var intro = new Paragraph(getTranslation("finder.intro"));
        intro.addClassNames(LumoUtility.Margin.NONE);
        criteria.removeAll();
        error.setVisible(false);
        count.setText("");
        var buttons = new HorizontalLayout(addCriterion, search);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        add(intro, error, criteria, buttons, count, results);

        var query = event.getLocation().getQueryParameters();
        var skill = query.getSingleParameter("skill").flatMap(this::skill).orElse(null);
        var level = query.getSingleParameter("level")
                .flatMap(PeopleFinderView::level)
                .orElse(Level.PROFICIENT);
        addRow(skill, level);
        configureResults(List.of());
        if (skill != null) {
            search();
        }
    }

    private Optional<Skill> skill(String id) {
        try {
            return Optional.ofNullable(skillById.get(SkillId.of(id)));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    private static Optional<Level> level(String value) {
        try {
            return Optional.of(Level.of(Integer.parseInt(value)));
        } catch (NumberFormatException | InvalidInput e) {
            return Optional.empty();
        }
    }

    void addRow(@Nullable Skill skill, Level level) {
        var row = new CriterionRow(rows().size() + 1, skills, levels(), skill, level, this::removeRow);
        criteria.add(row);
        updateButtons();
    }

    private void removeRow(CriterionRow row) {
        criteria.remove(row);
        updateButtons();
    }

    private void updateButtons() {
        addCriterion.setEnabled(rows().size() < FindPeopleBySkill.MAX_CRITERIA);
        rows().forEach(row -> row.remove.setEnabled(rows().size() > 1));
    }

    List<CriterionRow> rows() {
        return criteria.getChildren()
                .filter(CriterionRow.class::isInstance)
                .map(CriterionRow.class::cast)
                .toList();
    }

    void search() {
        error.setVisible(false);
        var chosen = new ArrayList<SkillCriterion>();
        var seen = new HashSet<SkillId>();
        boolean valid = true;
        for (var row : rows()) {
            row.skill.setInvalid(false);
            var skill = row.skill.getValue();
            if (skill == null) {
                row.skill.setErrorMessage(getTranslation("finder.error.skill-required"));
                row.skill.setInvalid(true);
                valid = false;
            } else if (!seen.add(skill.id())) {
                row.skill.setErrorMessage(getTranslation("finder.error.skill-twice"));
                row.skill.setInvalid(true);
                valid = false;
            } else {
                chosen.add(new SkillCriterion(skill.id(), row.minimum.getValue()));
            }
        }
        if (!valid) {
            return;
        }
        try {
            var matches = findPeopleBySkill.find(actor, chosen, LIMIT);
            configureResults(chosen);
            results.setItems(matches);
            count.setText(
                    matches.isEmpty()
                            ? getTranslation("finder.count.none")
                            : matches.size() >= LIMIT
                                    ? getTranslation("finder.count.limit", LIMIT)
                                    : getTranslation("finder.count", matches.size()));
        } catch (DomainException e) {
            error.setText(DomainErrors.describe(e, this::getTranslation));
            error.setVisible(true);
        }
    }

    private void configureResults(List<SkillCriterion> searched) {
        results.removeAllColumns();
        results.setId("finder-results");
        results.setAriaLabel(getTranslation("finder.results.label"));
        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.setAllRowsVisible(true);
        results.addColumn(PersonMatch::name)
                .setKey(PERSON)
                .setHeader(getTranslation("finder.column.person"))
                .setFrozen(true)
                .setRowHeader(true)
                .setWidth("14rem")
                .setFlexGrow(0);
        results.addColumn(match -> String.join(", ", match.teams()))
                .setKey(TEAMS)
                .setHeader(getTranslation("finder.column.teams"))
                .setWidth("12rem");
        for (var criterion : searched) {
            var skill = skillById.get(criterion.skill());
            results.addComponentColumn(match -> cell(match, criterion.skill()))
                    .setKey(criterion.skill().toString())
                    .setHeader(skill == null ? "" : skill.name())
                    .setWidth("14rem");
        }
        results.setEmptyStateText(getTranslation("finder.empty"));
    }

    /** The person's level in the skill, as a coloured number and in words, with their interest. */
    private HorizontalLayout cell(PersonMatch match, SkillId skill) {
        var matched = match.skills().stream()
                .filter(s -> s.skill().equals(skill))
                .findFirst()
                .orElse(null);
        var cell = new HorizontalLayout();
        cell.setSpacing(true);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        if (matched == null) {
            return cell;
        }
        var label = levels().format(matched.level());
        var text = new Span(label);
        cell.add(new LevelSwatch(matched.level(), label), text);
        if (matched.interest() != null) {
            var interest = new Span(getTranslation(Interests.key(matched.interest())));
            interest.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            cell.add(interest);
        }
        return cell;
    }

    /** What a result row says, for tests: the level and interest in the skill. */
    String describe(PersonMatch match, SkillId skill) {
        return cell(match, skill).getElement().getTextRecursively();
    }

    private LevelFormat levels() {
        if (levels == null) {
            throw new IllegalStateException("no scale read");
        }
        return levels;
    }
}
