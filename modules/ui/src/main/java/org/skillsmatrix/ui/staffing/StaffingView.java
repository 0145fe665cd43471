package org.skillsmatrix.ui.staffing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.staffing.Need;
import org.skillsmatrix.domain.staffing.ProposeStaffing;
import org.skillsmatrix.domain.staffing.Staffing;
import org.skillsmatrix.domain.staffing.Staffing.Alternative;
import org.skillsmatrix.domain.staffing.Staffing.Covered;
import org.skillsmatrix.domain.staffing.Staffing.NeedCover;
import org.skillsmatrix.domain.staffing.Staffing.Proposed;
import org.skillsmatrix.domain.staffing.StaffingRequest;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.CatalogInLanguage;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.DomainErrors;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.StaffingAddress;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * Staffing a piece of work, for managers and HR: the skills it needs, each with a lowest level and a headcount,
 * and optionally the teams to draw from; the people proposed, each with what they cover and who could stand in;
 * what stays open. The request lives in the address (see {@link StaffingAddress}), so proposing, swapping,
 * reload and Back all go through it. Opened from the menu, or from a team's matrix or gaps with the team chosen.
 */
@Route(value = ViewRoutes.STAFFING, layout = MainLayout.class)
@PermitAll
public final class StaffingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Actor actor;
    private final AccessPolicy policy;
    private final BrowseCatalog catalogs;
    private final BrowseTeams browseTeams;
    private final ProposeStaffing proposeStaffing;

    final VerticalLayout needs = new VerticalLayout();
    final Button addNeed = new Button();
    final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>();
    final Button propose = new Button();
    final Button undoSwaps = new Button();
    final Div answer = new Div();
    private final Paragraph intro = new Paragraph();
    private final Div error = new Div();

    private List<Skill> skills = List.of();
    private Map<SkillId, Skill> skillById = Map.of();
    private @Nullable LevelFormat levels;
    private StaffingRequest request = StaffingRequest.of(List.of());

    public StaffingView(
            CurrentUser currentUser,
            AccessPolicy policy,
            BrowseCatalog catalogs,
            BrowseTeams browseTeams,
            ProposeStaffing proposeStaffing) {
        this.actor = currentUser.actor();
        this.policy = policy;
        this.catalogs = catalogs;
        this.browseTeams = browseTeams;
        this.proposeStaffing = proposeStaffing;
        intro.setText(getTranslation("staffing.intro"));
        intro.addClassNames(LumoUtility.Margin.NONE);
        needs.setPadding(false);
        needs.setSpacing(false);
        needs.setId("staffing-needs");
        addNeed.setText(getTranslation("staffing.add"));
        addNeed.setIcon(VaadinIcon.PLUS.create());
        addNeed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addNeed.addClickListener(click -> addRow(null, Level.PROFICIENT, 1));
        teams.setId("staffing-teams");
        teams.setLabel(getTranslation("staffing.teams"));
        teams.setPlaceholder(getTranslation("staffing.teams.placeholder"));
        teams.setItemLabelGenerator(Team::name);
        teams.setWidth("24rem");
        teams.setMaxWidth("100%");
        propose.setText(getTranslation("staffing.propose"));
        propose.setId("staffing-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> proposeFromForm());
        undoSwaps.setText(getTranslation("staffing.undo-swaps"));
        undoSwaps.setId("staffing-undo-swaps");
        undoSwaps.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undoSwaps.addClickListener(
                click -> open(new StaffingRequest(request.needs(), request.teams(), Set.of(), List.of())));
        error.setId("staffing-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassNames(LumoUtility.TextColor.ERROR);
        answer.setId("staffing-answer");
        answer.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staffing.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        policy.check(actor, new Action.StaffWork());
        removeAll();
        var catalog = CatalogInLanguage.read(catalogs, actor, getLocale());
        levels = new LevelFormat(catalog.scale());
        skills = catalog.activeSkills();
        skillById = catalog.skills().stream().collect(Collectors.toMap(Skill::id, Function.identity()));
        var readable = browseTeams.readable(actor);
        request = StaffingAddress.parse(event.getLocation().getQueryParameters());

        needs.removeAll();
        for (var need : request.needs()) {
            addRow(skillById.get(need.skill()), need.minimum(), need.headcount());
        }
        if (request.needs().isEmpty()) {
            addRow(null, Level.PROFICIENT, 1);
        }
        teams.setItems(readable);
        teams.setValue(readable.stream()
                .filter(team -> request.teams().contains(team.id()))
                .collect(Collectors.toSet()));
        error.setVisible(false);
        answer.removeAll();
        undoSwaps.setVisible(!request.excluded().isEmpty() || !request.pinned().isEmpty());
        var buttons = new FlexLayout(addNeed, propose, undoSwaps);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        buttons.addClassNames(LumoUtility.Gap.SMALL);
        add(intro, error, needs, teams, buttons, answer);

        if (request.needs().isEmpty()) {
            answer.add(note(getTranslation("staffing.hint")));
        } else {
            try {
                show(proposeStaffing.propose(actor, request));
            } catch (DomainException e) {
                error.setText(DomainErrors.describe(e, this::getTranslation));
                error.setVisible(true);
            }
        }
    }

    void addRow(@Nullable Skill skill, Level level, int people) {
        needs.add(new NeedRow(rows().size() + 1, skills, levels(), skill, level, people, this::removeRow));
        updateButtons();
    }

    private void removeRow(NeedRow row) {
        needs.remove(row);
        updateButtons();
    }

    private void updateButtons() {
        addNeed.setEnabled(rows().size() < ProposeStaffing.MAX_NEEDS);
        rows().forEach(row -> row.remove.setEnabled(rows().size() > 1));
    }

    List<NeedRow> rows() {
        return needs.getChildren()
                .filter(NeedRow.class::isInstance)
                .map(NeedRow.class::cast)
                .toList();
    }

    /** Checks the form, then opens the request it states; swaps made before are dropped. */
    void proposeFromForm() {
        var chosen = new ArrayList<Need>();
        var seen = new HashSet<SkillId>();
        boolean valid = true;
        for (var row : rows()) {
            row.skill.setInvalid(false);
            row.headcount.setInvalid(false);
            var skill = row.skill.getValue();
            var people = row.headcount.getValue();
            if (skill == null) {
                row.skill.setErrorMessage(getTranslation("staffing.error.skill-required"));
                row.skill.setInvalid(true);
                valid = false;
            } else if (!seen.add(skill.id())) {
                row.skill.setErrorMessage(getTranslation("staffing.error.skill-twice"));
                row.skill.setInvalid(true);
                valid = false;
            }
            if (people == null || people < 1 || people > ProposeStaffing.MAX_HEADCOUNT) {
                row.headcount.setErrorMessage(
                        getTranslation("staffing.error.headcount", ProposeStaffing.MAX_HEADCOUNT));
                row.headcount.setInvalid(true);
                valid = false;
            }
            if (valid) {
                chosen.add(new Need(skill.id(), row.minimum.getValue(), people));
            }
        }
        if (!valid) {
            return;
        }
        open(new StaffingRequest(
                chosen, teams.getValue().stream().map(Team::id).collect(Collectors.toSet()), Set.of(), List.of()));
    }

    private void open(StaffingRequest next) {
        UI.getCurrent().navigate(ViewRoutes.STAFFING, StaffingAddress.of(next));
    }

    private void show(Staffing staffing) {
        int people = staffing.proposed().size() + staffing.proposedNotShown();
        var open = staffing.needs().stream().mapToInt(NeedCover::uncovered).sum();
        var summary = new H2(
                staffing.covered()
                        ? getTranslation("staffing.summary.covered", people)
                        : getTranslation("staffing.summary.open", people, open));
        summary.setId("staffing-summary");
        summary.addClassNames(LumoUtility.FontSize.LARGE);
        answer.add(summary, needsGrid(staffing));
        var list = new Div();
        list.setId("staffing-proposed");
        staffing.proposed().forEach(person -> list.add(person(person)));
        answer.add(list);
        if (staffing.proposedNotShown() > 0) {
            var hidden = note(getTranslation("staffing.hidden", staffing.proposedNotShown()));
            hidden.setId("staffing-hidden");
            answer.add(hidden);
        }
    }

    private Grid<NeedCover> needsGrid(Staffing staffing) {
        var grid = new Grid<NeedCover>();
        grid.setId("staffing-cover");
        grid.addClassNames("staffing-cover");
        grid.setAriaLabel(getTranslation("staffing.cover.aria"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the skill and its level in one column, which wraps, so that the grid fits a phone's width
        grid.addColumn(need -> getTranslation(
                        "staffing.cover",
                        skillName(need.need().skill()),
                        levels().format(need.need().minimum())))
                .setKey("need")
                .setHeader(getTranslation("staffing.column.need"))
                .setFlexGrow(3);
        grid.addColumn(need -> getTranslation(
                        "staffing.column.covered.value",
                        need.covered(),
                        need.need().headcount()))
                .setKey("covered")
                .setHeader(getTranslation("staffing.column.covered"))
                .setFlexGrow(1);
        grid.addColumn(need -> need.uncovered() == 0
                        ? getTranslation("staffing.open.none")
                        : getTranslation("staffing.open.some", need.uncovered()))
                .setKey("open")
                .setHeader(getTranslation("staffing.column.open"))
                .setPartNameGenerator(need -> need.uncovered() > 0 ? "short" : null)
                .setFlexGrow(2);
        grid.setItems(staffing.needs());
        grid.setWidth("48rem");
        grid.setMaxWidth("100%");
        return grid;
    }

    private Component person(Proposed person) {
        var card = new Div();
        card.addClassNames("staffing-person", LumoUtility.Margin.Top.MEDIUM);
        card.getElement().setAttribute("data-person", person.person().toString());
        var name = new Anchor(ViewRoutes.of(ViewRoutes.PROFILE, person.person()), person.name());
        var heading = new H3(name);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        if (person.pinned()) {
            var pinned = new Span(getTranslation("staffing.pinned"));
            pinned.getElement().getThemeList().add("badge contrast");
            pinned.addClassNames(LumoUtility.Margin.Left.SMALL);
            heading.add(pinned);
        }
        var facts = new Paragraph(getTranslation(
                "staffing.person.covers",
                person.teams().isEmpty() ? getTranslation("staffing.no-team") : String.join(", ", person.teams()),
                covers(person.covers())));
        facts.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        card.add(heading, facts);
        var standIns = new UnorderedList();
        standIns.addClassNames("staffing-alternatives", LumoUtility.Margin.Vertical.XSMALL);
        for (var alternative : person.alternatives()) {
            standIns.add(alternative(person, alternative));
        }
        if (person.alternatives().isEmpty()) {
            standIns.add(new ListItem(getTranslation("staffing.alternatives.none")));
        }
        if (person.alternativesNotShown() > 0) {
            standIns.add(new ListItem(getTranslation("staffing.alternatives.hidden", person.alternativesNotShown())));
        }
        var label = new Span(getTranslation("staffing.alternatives", person.name()));
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        card.add(label, standIns);
        return card;
    }

    private ListItem alternative(Proposed person, Alternative alternative) {
        var swap = new Button(getTranslation("staffing.swap", alternative.name()));
        swap.addClassNames("staffing-swap");
        swap.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        swap.getElement().setAttribute("data-person", alternative.person().toString());
        swap.addClickListener(click -> open(request.swapping(person.person(), alternative.person())));
        var what = new Span(covers(alternative.covers()));
        what.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var item = new ListItem(swap, what);
        return item;
    }

    private String covers(List<Covered> covers) {
        if (covers.isEmpty()) {
            return getTranslation("staffing.covers.nothing");
        }
        return covers.stream()
                .map(cover ->
                        getTranslation("staffing.cover", skillName(cover.skill()), levels().format(cover.level())))
                .collect(Collectors.joining(", "));
    }

    private String skillName(SkillId id) {
        var skill = skillById.get(id);
        return skill == null ? id.toString() : skill.name();
    }

    private static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.addClassNames(LumoUtility.TextColor.SECONDARY);
        return note;
    }

    private LevelFormat levels() {
        if (levels == null) {
            throw new IllegalStateException("no scale read");
        }
        return levels;
    }
}
