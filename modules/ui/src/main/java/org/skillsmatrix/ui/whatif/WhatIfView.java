package org.skillsmatrix.ui.whatif;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;
import org.skillsmatrix.domain.whatif.Change;
import org.skillsmatrix.domain.whatif.Figures;
import org.skillsmatrix.domain.whatif.FindKnowledgeAtRisk;
import org.skillsmatrix.domain.whatif.KnowledgeAtRisk;
import org.skillsmatrix.domain.whatif.OrganisationOutcome;
import org.skillsmatrix.domain.whatif.OrganisationSkillChange;
import org.skillsmatrix.domain.whatif.PersonAtRisk;
import org.skillsmatrix.domain.whatif.TeamCertificationChange;
import org.skillsmatrix.domain.whatif.TeamOutcome;
import org.skillsmatrix.domain.whatif.TeamSkillChange;
import org.skillsmatrix.domain.whatif.WhatIf;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.DomainErrors;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.TeamOpening;
import org.skillsmatrix.ui.base.TeamPage;
import org.skillsmatrix.ui.base.TeamSelection;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.report.ExportButton;

/**
 * What if people leave or move, for managers (their teams' members) and HR (anyone): pick members of a team and
 * whether they leave or move to another team, and see each touched team and, for HR, the organisation, today and
 * after. Below, the team's knowledge at risk, and for HR the organisation's. Opened from the menu, a person's profile
 * with {@code ?person=}, or from a team's matrix or gaps with the team in the path. The address names the team, the
 * people picked ({@code person}, repeated) and the team they move to ({@code to}; none when they leave), so a reload,
 * Back and a shared link show the same question.
 */
@Route(value = ViewRoutes.WHAT_IF, layout = MainLayout.class)
@PermitAll
public final class WhatIfView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String PERSON = "person";
    static final String TO = "to";

    /** The organisation's list shows this many people at most. */
    static final int ORGANISATION_ROWS = 20;

    /** What happens to the people picked: they leave ({@code team} none), or they move to {@code team}. */
    record Destination(@Nullable Team team) {}

    private static final Destination LEAVES = new Destination(null);

    private final Actor actor;
    private final BrowseTeams browseTeams;
    private final TeamOpening teams;
    private final AnalyseWhatIf analyseWhatIf;
    private final FindKnowledgeAtRisk findKnowledgeAtRisk;
    private final BrowseCatalog catalogs;
    /** The answer as a report to take to a meeting: a PDF unless another format is chosen. */
    final ExportButton export;

    final Div chooser = new Div();
    final MultiSelectComboBox<Person> people = new MultiSelectComboBox<>();
    final Select<Destination> destination = new Select<>();
    final Div answer = new Div();
    final H2 teamRiskHeading = new H2();
    final Grid<PersonAtRisk> teamRisk = new Grid<>();
    final H2 organisationRiskHeading = new H2();
    final Paragraph organisationRiskNote = new Paragraph();
    final Grid<PersonAtRisk> organisationRisk = new Grid<>();
    private final Paragraph intro = new Paragraph();
    private final Paragraph teamRiskNote = new Paragraph();
    final FlexLayout question;

    private @Nullable TeamPage page;
    private String address = ViewRoutes.WHAT_IF;
    private KnowledgeAtRisk teamRiskList = new KnowledgeAtRisk(List.of(), Map.of());
    private KnowledgeAtRisk organisationRiskList = new KnowledgeAtRisk(List.of(), Map.of());
    private boolean filling;

    public WhatIfView(
            CurrentUser currentUser,
            BrowseTeams browseTeams,
            AnalyseWhatIf analyseWhatIf,
            FindKnowledgeAtRisk findKnowledgeAtRisk,
            BrowseCatalog catalogs,
            ExportReport exportReport) {
        this.actor = currentUser.actor();
        this.browseTeams = browseTeams;
        this.teams = new TeamOpening(actor, ViewRoutes.WHAT_IF, browseTeams, catalogs);
        this.analyseWhatIf = analyseWhatIf;
        this.findKnowledgeAtRisk = findKnowledgeAtRisk;
        this.catalogs = catalogs;
        this.export = new ExportButton(exportReport, actor);
        export.setId("what-if-export");
        intro.setText(getTranslation("what-if.intro"));
        intro.addClassNames(LumoUtility.Margin.NONE);
        people.setId("what-if-people");
        people.setLabel(getTranslation("what-if.people"));
        people.setPlaceholder(getTranslation("what-if.people.placeholder"));
        people.setItemLabelGenerator(Person::name);
        people.setWidth("24rem");
        people.setMaxWidth("100%");
        people.addValueChangeListener(event -> {
            ask();
            if (event.isFromClient()) {
                showInAddress();
            }
        });
        destination.setId("what-if-destination");
        destination.setLabel(getTranslation("what-if.destination"));
        destination.setItemLabelGenerator(this::destinationLabel);
        destination.setWidth("20rem");
        destination.setMaxWidth("100%");
        destination.addValueChangeListener(event -> {
            ask();
            if (event.isFromClient()) {
                showInAddress();
            }
        });
        question = new FlexLayout(chooser, people, destination);
        question.setAlignItems(FlexComponent.Alignment.BASELINE);
        question.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        question.setWidthFull();
        question.addClassNames(LumoUtility.Gap.MEDIUM);
        answer.setId("what-if-answer");
        answer.setWidthFull();
        teamRiskNote.setText(getTranslation("what-if.risk.intro"));
        configureRisk(teamRisk, "team-risk", false);
        configureRisk(organisationRisk, "organisation-risk", true);
    }

    @Override
    public String getPageTitle() {
        return page == null
                ? getTranslation("what-if.title")
                : getTranslation("what-if.title.team", page.team().name());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        removeAll();
        page = null;
        var query = event.getLocation().getQueryParameters();
        address = event.getLocation().getPathWithQueryParameters();
        var asked = query.getParameters().getOrDefault(PERSON, List.of()).stream()
                .map(PersonId::of)
                .toList();
        var movesTo = query.getSingleParameter(TO).orElse("");
        var opening = teams.open(
                this,
                event,
                parameter,
                readable -> team(parameter, asked, readable),
                id -> browseTeams.details(actor, id));
        if (opening.isEmpty()) {
            return;
        }
        var details = opening.get().content();
        var opened = opening.get().page();
        page = opened;
        chooser.removeAll();
        chooser.add(opened.chooser(ViewRoutes.WHAT_IF));
        teamRiskHeading.setText(
                getTranslation("what-if.risk.title", opened.team().name()));

        filling = true;
        var members = details.members().stream().filter(Person::active).toList();
        people.setItems(members);
        people.setValue(
                members.stream().filter(member -> asked.contains(member.id())).collect(Collectors.toSet()));
        var destinations = new ArrayList<Destination>();
        destinations.add(LEAVES);
        opened.readable().stream()
                .filter(team -> !team.id().equals(opened.team().id()))
                .forEach(team -> destinations.add(new Destination(team)));
        destination.setItems(destinations);
        destination.setValue(destinations.stream()
                .filter(candidate -> candidate.team() != null
                        && candidate.team().id().toString().equals(movesTo))
                .findFirst()
                .orElse(LEAVES));
        filling = false;

        teamRiskList = findKnowledgeAtRisk.ofTeam(actor, opened.team().id());
        teamRisk.setItems(teamRiskList.people());
        add(intro, question, answer, export, teamRiskHeading, teamRiskNote, teamRisk);
        if (findKnowledgeAtRisk.mayReadOrganisation(actor)) {
            organisationRiskList = findKnowledgeAtRisk.ofOrganisation(actor);
            var shown = organisationRiskList.people().stream()
                    .limit(ORGANISATION_ROWS)
                    .toList();
            organisationRisk.setItems(shown);
            organisationRiskHeading.setText(getTranslation("what-if.risk.organisation.title"));
            organisationRiskNote.setText(getTranslation(
                    "what-if.risk.organisation.intro",
                    shown.size(),
                    organisationRiskList.people().size()));
            add(organisationRiskHeading, organisationRiskNote, organisationRisk);
        }
        ask();
    }

    /** The address of the question the pickers state: the team, the people picked and where they move. */
    String address() {
        return address;
    }

    private void showInAddress() {
        if (page == null) {
            return;
        }
        var parameters = new LinkedHashMap<String, List<String>>();
        var picked = people.getValue().stream()
                .sorted(Comparator.comparing(Person::name))
                .map(person -> person.id().toString())
                .toList();
        if (!picked.isEmpty()) {
            parameters.put(PERSON, picked);
        }
        var to = destination.getValue() == null ? null : destination.getValue().team();
        if (to != null) {
            parameters.put(TO, List.of(to.id().toString()));
        }
        var location =
                new Location(ViewRoutes.of(ViewRoutes.WHAT_IF, page.team().id()), new QueryParameters(parameters));
        address = location.getPathWithQueryParameters();
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
    }

    /** The team in the path; else the first readable team of the first person asked about; else as team views do. */
    private Optional<TeamId> team(@Nullable String parameter, List<PersonId> asked, List<Team> readable) {
        if ((parameter == null || parameter.isBlank()) && !asked.isEmpty()) {
            var ofPerson = readable.stream()
                    .filter(team -> team.members().contains(asked.getFirst()))
                    .findFirst();
            if (ofPerson.isPresent()) {
                return Optional.of(ofPerson.get().id());
            }
        }
        return TeamSelection.resolve(actor, parameter, readable);
    }

    private String destinationLabel(Destination destination) {
        var team = destination.team();
        return team == null ? getTranslation("what-if.leaves") : getTranslation("what-if.moves", team.name());
    }

    /** Asks the question the pickers state, and shows the answer. */
    private void ask() {
        if (filling) {
            return;
        }
        answer.removeAll();
        export.setRequest(null);
        var picked = people.getValue().stream()
                .sorted(Comparator.comparing(Person::name))
                .toList();
        if (picked.isEmpty()) {
            answer.add(note(getTranslation("what-if.pick")));
            return;
        }
        var to = destination.getValue() == null ? null : destination.getValue().team();
        var changes = picked.stream()
                .map(person ->
                        to == null ? (Change) new Change.Leaves(person.id()) : new Change.MovesTo(person.id(), to.id()))
                .toList();
        try {
            show(analyseWhatIf.ask(actor, changes));
            export.setRequest(new ReportRequest.WhatIf(changes));
        } catch (DomainException e) {
            var error = note(DomainErrors.describe(e, this::getTranslation));
            error.addClassNames(LumoUtility.TextColor.ERROR);
            answer.add(error);
        }
    }

    private void show(WhatIf whatIf) {
        for (var team : whatIf.teams()) {
            answer.add(team(team, whatIf));
        }
        if (whatIf.teamsNotShown() > 0) {
            answer.add(note(getTranslation("what-if.hidden", whatIf.teamsNotShown())));
        }
        var organisation = whatIf.organisation();
        if (organisation != null) {
            answer.add(organisation(organisation, whatIf));
        }
    }

    private Component team(TeamOutcome outcome, WhatIf whatIf) {
        var section = section(outcome.team().name(), outcome.before(), outcome.after());
        section.addClassNames("what-if-team");
        var changes = new UnorderedList();
        changes.addClassNames("what-if-changes");
        for (var skill : outcome.skills()) {
            changes.add(
                    item(skill.skill().value().toString(), page().skillName(skill.skill()), teamFacts(skill, whatIf)));
        }
        for (var certification : outcome.certifications()) {
            changes.add(item(certification));
        }
        if (outcome.skills().isEmpty() && outcome.certifications().isEmpty()) {
            changes.add(new ListItem(getTranslation("what-if.changes.none")));
        }
        section.add(changes);
        return section;
    }

    private Component organisation(OrganisationOutcome outcome, WhatIf whatIf) {
        var section = section(getTranslation("what-if.organisation"), outcome.before(), outcome.after());
        section.setId("what-if-organisation");
        var changes = new UnorderedList();
        changes.addClassNames("what-if-changes");
        for (var skill : outcome.skills()) {
            changes.add(item(
                    skill.skill().value().toString(),
                    page().skillName(skill.skill()),
                    organisationFacts(skill, whatIf)));
        }
        if (outcome.skills().isEmpty()) {
            changes.add(new ListItem(getTranslation("what-if.changes.none")));
        }
        section.add(changes);
        return section;
    }

    private Div section(String title, Figures before, Figures after) {
        var heading = new H3(title);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.MEDIUM);
        var figures = new Grid<FigureRow>();
        figures.addClassNames("what-if-figures");
        figures.setAllRowsVisible(true);
        // on a phone the labels wrap instead of being cut to "Shortfall again…"
        figures.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        figures.setAriaLabel(getTranslation("what-if.figures.aria", title));
        figures.addColumn(FigureRow::label).setKey("figure").setHeader("").setFlexGrow(3);
        figures.addColumn(FigureRow::today).setKey("today").setHeader(getTranslation("what-if.column.today"));
        figures.addColumn(FigureRow::after)
                .setKey("after")
                .setHeader(getTranslation("what-if.column.after"))
                .setPartNameGenerator(row -> row.worse() ? "short" : null);
        figures.setItems(List.of(
                new FigureRow(
                        getTranslation("gaps.figure.targets-met"),
                        getTranslation("gaps.figure.targets-met.value", before.targetsMet(), before.targets()),
                        getTranslation("gaps.figure.targets-met.value", after.targetsMet(), after.targets()),
                        after.targetsMet() < before.targetsMet()),
                new FigureRow(
                        getTranslation("gaps.figure.shortfall"),
                        getTranslation("gaps.figure.shortfall.value", before.shortfall()),
                        getTranslation("gaps.figure.shortfall.value", after.shortfall()),
                        after.shortfall() > before.shortfall()),
                new FigureRow(
                        getTranslation("gaps.figure.single-points"),
                        String.valueOf(before.singlePointsOfFailure()),
                        String.valueOf(after.singlePointsOfFailure()),
                        after.singlePointsOfFailure() > before.singlePointsOfFailure()),
                new FigureRow(
                        getTranslation("gaps.figure.uncovered"),
                        String.valueOf(before.heldByNobody()),
                        String.valueOf(after.heldByNobody()),
                        after.heldByNobody() > before.heldByNobody())));
        figures.setWidth("32rem");
        figures.setMaxWidth("100%");
        return new Div(heading, figures);
    }

    /** A line of the figures: what it counts, today, after, and whether after is worse. */
    record FigureRow(String label, String today, String after, boolean worse) {}

    private ListItem item(String skillId, String skillName, List<String> facts) {
        return item("data-skill", skillId, skillName, String.join("; ", facts));
    }

    /** A certification target whose shortfall changes: whether it breaks or is met, else the shortfall. */
    private ListItem item(TeamCertificationChange change) {
        var before = change.before();
        var after = change.after();
        String fact;
        if (change.targetBroken()) {
            fact = getTranslation(
                    "what-if.change.certification-broken", after.holders(), after.required(), before.holders());
        } else if (change.targetFixed()) {
            fact = getTranslation(
                    "what-if.change.certification-fixed", after.holders(), after.required(), before.holders());
        } else {
            fact = getTranslation("what-if.change.shortfall", before.shortfall(), after.shortfall());
        }
        return item(
                "data-certification",
                change.certification().id().value().toString(),
                change.certification().name(),
                fact);
    }

    /** A skill or certification named with what would change for it, its id in {@code attribute}. */
    private ListItem item(String attribute, String id, String name, String facts) {
        var item = new ListItem(getTranslation("what-if.subject", name, facts));
        item.getElement().setAttribute(attribute, id);
        return item;
    }

    private List<String> teamFacts(TeamSkillChange change, WhatIf whatIf) {
        var facts = new ArrayList<String>();
        var before = change.before();
        var after = change.after();
        var level = page().levels().format(after.countingLevel());
        if (change.targetBroken()) {
            facts.add(getTranslation(
                    "what-if.change.target-broken", after.holders(), after.required(), level, before.holders()));
        } else if (change.targetFixed()) {
            facts.add(getTranslation(
                    "what-if.change.target-fixed", after.holders(), after.required(), level, before.holders()));
        } else if (before.shortfall() != after.shortfall()) {
            facts.add(getTranslation("what-if.change.shortfall", before.shortfall(), after.shortfall()));
        }
        if (change.becomesHeldByNobody()) {
            facts.add(getTranslation("what-if.change.held-by-nobody", level));
        } else if (change.becomesSinglePoint()) {
            facts.add(getTranslation("what-if.change.single-point", soleName(after, whatIf), level));
        } else if (before.singlePointOfFailure() || before.uncovered()) {
            facts.add(getTranslation("what-if.change.holders", before.holders(), after.holders()));
        }
        return facts;
    }

    private List<String> organisationFacts(OrganisationSkillChange change, WhatIf whatIf) {
        var facts = new ArrayList<String>();
        var before = change.before();
        var after = change.after();
        if (before.teamsShort() != after.teamsShort()) {
            facts.add(getTranslation("what-if.change.teams-short", before.teamsShort(), after.teamsShort()));
        } else if (before.shortfall() != after.shortfall()) {
            facts.add(getTranslation("what-if.change.shortfall", before.shortfall(), after.shortfall()));
        }
        var level = page().levels().format(Level.HOLDS_SKILL);
        if (change.becomesHeldByNobody()) {
            facts.add(getTranslation("what-if.change.held-by-nobody", level));
        } else if (change.becomesSinglePoint()) {
            var sole = after.soleHolder();
            facts.add(getTranslation(
                    "what-if.change.single-point",
                    sole == null ? "" : whatIf.names().getOrDefault(sole, ""),
                    level));
        }
        return facts;
    }

    private static String soleName(SkillCoverage coverage, WhatIf whatIf) {
        var sole = coverage.soleHolder();
        return sole == null ? "" : whatIf.names().getOrDefault(sole, "");
    }

    private void configureRisk(Grid<PersonAtRisk> grid, String id, boolean organisation) {
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PersonAtRisk::name)
                .setKey("person")
                .setHeader(getTranslation("what-if.risk.column.person"))
                .setFlexGrow(1);
        grid.addColumn(person -> targets(person, organisation))
                .setKey("targets")
                .setHeader(getTranslation("what-if.risk.column.targets"))
                .setFlexGrow(3);
        grid.addColumn(person -> person.soleHeld().stream()
                        .map(skill -> page().skillName(skill))
                        .collect(Collectors.joining(", ")))
                .setKey("alone")
                .setHeader(getTranslation("what-if.risk.column.alone"))
                .setFlexGrow(2);
        grid.addComponentColumn(person -> askButton(person, organisation))
                .setKey("ask")
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("what-if.risk.empty"));
    }

    private String targets(PersonAtRisk person, boolean organisation) {
        var teams = organisation ? organisationRiskList.teams() : teamRiskList.teams();
        return person.targets().stream()
                .map(target -> organisation
                        ? getTranslation(
                                "what-if.risk.target",
                                page().skillName(target.skill()),
                                teams.getOrDefault(target.team(), ""))
                        : page().skillName(target.skill()))
                .collect(Collectors.joining(", "));
    }

    /** In the team's list, asks about the person here; in the organisation's, opens the question for them. */
    private Button askButton(PersonAtRisk person, boolean organisation) {
        var button = new Button(getTranslation("what-if.risk.ask", person.name()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(event -> {
            if (organisation) {
                UI.getCurrent()
                        .navigate(
                                ViewRoutes.WHAT_IF,
                                QueryParameters.of(
                                        PERSON, person.person().value().toString()));
                return;
            }
            people.getListDataView()
                    .getItems()
                    .filter(member -> member.id().equals(person.person()))
                    .findFirst()
                    .ifPresent(member -> {
                        filling = true;
                        destination.setValue(LEAVES);
                        filling = false;
                        people.setValue(java.util.Set.of(member));
                    });
        });
        return button;
    }

    private static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.addClassNames(LumoUtility.TextColor.SECONDARY);
        return note;
    }

    private TeamPage page() {
        if (page == null) {
            throw new IllegalStateException("no team opened");
        }
        return page;
    }
}
