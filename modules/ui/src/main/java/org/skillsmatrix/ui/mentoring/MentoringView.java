package org.skillsmatrix.ui.mentoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.NotYetComputed;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.mentoring.MentorProposal;
import org.skillsmatrix.domain.mentoring.MentorProposals;
import org.skillsmatrix.domain.mentoring.ProposeMentors;
import org.skillsmatrix.domain.mentoring.SetDevelopmentGoals;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.ui.base.CatalogInLanguage;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.GridHeight;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.NarrowScreen;
import org.skillsmatrix.ui.base.TeamOpening;
import org.skillsmatrix.ui.base.TeamSelection;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * Mentor pairing for a team's managers and HR, and across the organisation for HR: the proposed pairs, most
 * preferred first, each with why; a manager sets a pair as the learner's development goal from its row. On a
 * phone each pair is one card (learner, skill, mentor, why and the button) instead of a row of five columns. The
 * organisation's pairs (tens of thousands at ten thousand people) can be narrowed to a team and a skill; past a few
 * dozen pairs the grid scrolls, so that the browser builds only the rows in view.
 */
@Route(value = ViewRoutes.MENTORING, layout = MainLayout.class)
@PermitAll
public final class MentoringView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** The parameter that opens the organisation's proposals. */
    public static final String ORGANISATION = "organisation";

    private final Actor actor;
    private final BrowseTeams browseTeams;
    private final TeamOpening teams;
    private final ProposeMentors proposeMentors;
    private final SetDevelopmentGoals goals;
    private final BrowseCatalog catalogs;
    private final Dates dates = Dates.forCurrentUi();

    final Grid<MentorProposal> proposals = new Grid<>();
    final Paragraph summary = new Paragraph();
    final ComboBox<TeamId> teamFilter = new ComboBox<>();
    final ComboBox<SkillId> skillFilter = new ComboBox<>();
    final Paragraph shown = new Paragraph();

    /** Pairs up to this many are shown whole; more scroll in a grid of a fixed height. */
    static final int SHOWN_WHOLE = 50;

    static final String SCROLLING_HEIGHT = "36rem";

    /** The columns of a wide screen, which a phone shows together on one card. */
    private static final List<String> WIDE_COLUMNS = List.of("learner", "skill", "mentor", "why", "goal");

    static final String CARD = "card";

    private boolean narrow;
    private @Nullable String scope;
    private @Nullable String parameter;
    private LevelFormat levels = new LevelFormat(java.util.List.of());
    private @Nullable GridListDataView<MentorProposal> rows;
    private boolean filling;
    private int total;

    public MentoringView(
            CurrentUser currentUser,
            BrowseTeams browseTeams,
            ProposeMentors proposeMentors,
            SetDevelopmentGoals goals,
            BrowseCatalog catalogs) {
        this.actor = currentUser.actor();
        this.browseTeams = browseTeams;
        this.teams = new TeamOpening(actor, ViewRoutes.MENTORING, browseTeams, catalogs);
        this.proposeMentors = proposeMentors;
        this.goals = goals;
        this.catalogs = catalogs;
        summary.setId("mentoring-summary");
        summary.addClassNames(LumoUtility.Margin.NONE);
        shown.setId("mentoring-shown");
        shown.addClassNames(LumoUtility.Margin.NONE);
        shown.getElement().setAttribute("aria-live", "polite");
        configureFilters();
        configureProposals();
        NarrowScreen.follow(this, this::showNarrow);
    }

    /** On a phone the pairs show as cards, one column wide; elsewhere as a row of columns. */
    void showNarrow(boolean narrow) {
        if (this.narrow == narrow) {
            return;
        }
        this.narrow = narrow;
        WIDE_COLUMNS.forEach(key -> proposals.getColumnByKey(key).setVisible(!narrow));
        proposals.getColumnByKey(CARD).setVisible(narrow);
    }

    @Override
    public String getPageTitle() {
        return scope == null ? getTranslation("mentoring.title") : getTranslation("mentoring.title.scope", scope);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String chosen) {
        removeAll();
        scope = null;
        parameter = chosen;
        levels = new LevelFormat(
                CatalogInLanguage.read(catalogs, actor, getLocale()).scale());
        var intro = new Paragraph(getTranslation("mentoring.intro"));
        intro.addClassNames(LumoUtility.Margin.NONE);
        if (ORGANISATION.equals(chosen)) {
            MentorProposals answer;
            try {
                answer = proposeMentors.forOrganisation(actor);
            } catch (NotYetComputed notYet) {
                scope = getTranslation("mentoring.organisation");
                add(intro, notYetComputed());
                return;
            }
            scope = getTranslation("mentoring.organisation");
            var filters = new FlexLayout(teamFilter, skillFilter);
            filters.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
            filters.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(intro, summary, filters, shown, proposals);
            filling = true;
            teamFilter.clear();
            skillFilter.clear();
            filling = false;
            show(answer);
            return;
        }
        Optional<TeamOpening.Opened<MentorProposals>> team;
        try {
            team = teams.open(this, event, chosen, id -> proposeMentors.forTeam(actor, id));
        } catch (NotYetComputed notYet) {
            // a team's pairs are taken from the organisation's
            add(intro, notYetComputed());
            return;
        }
        if (team.isEmpty()) {
            return;
        }
        var answer = team.get().content();
        var opened = team.get().page();
        scope = opened.team().name();
        var filters = new FlexLayout(opened.chooser(ViewRoutes.MENTORING));
        filters.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (proposeMentors.mayReadOrganisation(actor)) {
            var organisation = new Anchor(
                    ViewRoutes.of(ViewRoutes.MENTORING, ORGANISATION), getTranslation("mentoring.open.organisation"));
            organisation.setId("mentoring-organisation-link");
            filters.add(organisation);
        }
        add(intro, filters, summary, proposals);
        show(answer);
    }

    private Paragraph notYetComputed() {
        var computing = new Paragraph(getTranslation("mentoring.organisation.not-yet-computed"));
        computing.setId("mentoring-not-yet-computed");
        computing.getElement().setAttribute("role", "status");
        return computing;
    }

    private void show(MentorProposals answer) {
        var all = answer.proposals();
        total = all.size();
        GridHeight.fit(proposals, all.size(), SHOWN_WHOLE, SCROLLING_HEIGHT);
        rows = proposals.setItems(all);
        summary.setText(getTranslation("mentoring.summary", all.size(), answer.mentorCap(), answer.unmatched()));
        if (ORGANISATION.equals(parameter)) {
            var teamNames = new LinkedHashMap<TeamId, String>();
            var skillNames = new LinkedHashMap<SkillId, String>();
            all.forEach(proposal -> {
                teamNames.putIfAbsent(proposal.team(), proposal.teamName());
                skillNames.putIfAbsent(proposal.skill(), proposal.skillName());
            });
            offer(teamFilter, teamNames);
            offer(skillFilter, skillNames);
            rows.setFilter(this::chosen);
            showCount();
        }
    }

    /** The filter offers those of the pairs' teams or skills, by name; one chosen before stays if it is still there. */
    private <T> void offer(ComboBox<T> filter, Map<T, String> names) {
        var chosen = filter.getValue();
        filling = true;
        filter.setItems(names.keySet().stream()
                .sorted(Comparator.comparing(names::get, String.CASE_INSENSITIVE_ORDER))
                .toList());
        filter.setItemLabelGenerator(names::get);
        filter.setValue(chosen != null && names.containsKey(chosen) ? chosen : null);
        filling = false;
    }

    private boolean chosen(MentorProposal proposal) {
        var team = teamFilter.getValue();
        var skill = skillFilter.getValue();
        return (team == null || team.equals(proposal.team())) && (skill == null || skill.equals(proposal.skill()));
    }

    private void filtered() {
        if (filling || rows == null) {
            return;
        }
        rows.refreshAll();
        // scrolled far down a long list, the grid stayed there and showed blank rows for a short one
        proposals.scrollToStart();
        showCount();
    }

    /** How many of the pairs the filters let through, while one is chosen. */
    private void showCount() {
        var view = rows;
        if (view == null || (teamFilter.getValue() == null && skillFilter.getValue() == null)) {
            shown.setVisible(false);
            shown.setText("");
            return;
        }
        shown.setVisible(true);
        shown.setText(getTranslation("mentoring.shown", view.getItemCount(), total));
    }

    private void configureFilters() {
        teamFilter.setId("mentoring-team-filter");
        teamFilter.setLabel(getTranslation("mentoring.filter.team"));
        teamFilter.setPlaceholder(getTranslation("mentoring.filter.team.all"));
        teamFilter.setClearButtonVisible(true);
        teamFilter.addValueChangeListener(change -> filtered());
        skillFilter.setId("mentoring-skill-filter");
        skillFilter.setLabel(getTranslation("mentoring.filter.skill"));
        skillFilter.setPlaceholder(getTranslation("mentoring.filter.skill.all"));
        skillFilter.setClearButtonVisible(true);
        skillFilter.addValueChangeListener(change -> filtered());
    }

    private void configureProposals() {
        proposals.setId("mentor-proposals");
        proposals.setAriaLabel(getTranslation("mentoring.proposals.label"));
        proposals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        proposals
                .addColumn(MentorProposal::learnerName)
                .setKey("learner")
                .setHeader(getTranslation("mentoring.column.learner"))
                .setWidth("9em")
                .setRowHeader(true);
        proposals
                .addColumn(proposal -> getTranslation(
                        "mentoring.skill",
                        proposal.skillName(),
                        levels.format(proposal.learnerLevel()),
                        levels.format(proposal.goal())))
                .setKey("skill")
                .setHeader(getTranslation("mentoring.column.skill"))
                .setWidth("12em");
        proposals.addColumn(this::mentor).setKey("mentor").setHeader(getTranslation("mentoring.column.mentor"));
        proposals
                .addColumn(this::explanation)
                .setKey("why")
                .setHeader(getTranslation("mentoring.column.why"))
                .setWidth("16em")
                .setFlexGrow(2);
        proposals
                .addComponentColumn(this::setAsGoal)
                .setKey("goal")
                .setHeader(getTranslation("mentoring.column.goal"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        proposals
                .addComponentColumn(this::card)
                .setKey(CARD)
                .setHeader(getTranslation("mentoring.column.pair"))
                .setVisible(false);
        proposals.setEmptyStateText(getTranslation("mentoring.empty"));
    }

    /** A pair as a phone shows it: who learns what from whom, why, and the button that sets it as a goal. */
    Div card(MentorProposal proposal) {
        var learner = new Div(proposal.learnerName());
        learner.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var skill = new Div(getTranslation(
                "mentoring.skill",
                proposal.skillName(),
                levels.format(proposal.learnerLevel()),
                levels.format(proposal.goal())));
        var mentor = new Div(getTranslation("mentoring.card.mentor", mentor(proposal)));
        var why = new Div(explanation(proposal));
        why.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var card = new Div(learner, skill, mentor, why, setAsGoal(proposal));
        card.addClassNames(
                "mentor-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        return card;
    }

    String mentor(MentorProposal proposal) {
        return getTranslation(
                proposal.sameTeam() ? "mentoring.mentor.same-team" : "mentoring.mentor.other-team",
                proposal.mentorName(),
                levels.format(proposal.mentorLevel()));
    }

    /** The one line saying why the pair is proposed. */
    String explanation(MentorProposal proposal) {
        var reason = proposal.reason();
        return switch (reason.kind()) {
            case LIFTS_TARGET ->
                getTranslation(
                        "mentoring.reason.lifts-target",
                        proposal.teamName(),
                        proposal.skillName(),
                        reason.holders(),
                        reason.required(),
                        reason.holders() + 1);
            case REMOVES_SINGLE_POINT_OF_FAILURE ->
                getTranslation("mentoring.reason.single-point", proposal.teamName(), proposal.skillName());
            case TEAM_TARGET ->
                getTranslation(
                        "mentoring.reason.team-target",
                        proposal.teamName(),
                        proposal.skillName(),
                        levels.format(proposal.goal()));
            case ROLE_PROFILE ->
                getTranslation("mentoring.reason.role-profile", proposal.skillName(), levels.format(proposal.goal()));
        };
    }

    private Component setAsGoal(MentorProposal proposal) {
        if (!goals.maySet(actor, proposal.learner())) {
            return new Span();
        }
        var button = new Button(getTranslation("mentoring.set-goal"), click -> openGoal(proposal));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation("mentoring.set-goal.aria", proposal.learnerName(), proposal.skillName()));
        return button;
    }

    /** Opens the dialog that sets the pair as the learner's development goal. */
    GoalDialog openGoal(MentorProposal proposal) {
        var dialog = new GoalDialog(
                proposal,
                levels,
                LocalDate.now(dates.zone()),
                (target, due) -> goals.set(actor, proposal.learner(), proposal.skill(), target, proposal.mentor(), due),
                saved -> {
                    Notification.show(getTranslation(
                                    "mentoring.goal.saved", proposal.learnerName(), proposal.skillName()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    reload();
                });
        dialog.open();
        return dialog;
    }

    private void reload() {
        if (ORGANISATION.equals(parameter)) {
            try {
                show(proposeMentors.forOrganisation(actor));
            } catch (NotYetComputed notYet) {
                Notification.show(getTranslation("mentoring.organisation.not-yet-computed"));
            }
            return;
        }
        var readable = browseTeams.readable(actor);
        TeamSelection.resolve(actor, parameter, readable).ifPresent(id -> show(proposeMentors.forTeam(actor, id)));
    }
}
