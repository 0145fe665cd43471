package org.skillsmatrix.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.domain.people.MaintainPeople;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.MaintainTeams;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;

/** Teams for HR and admins: names, members and managers. */
@Route(value = ViewRoutes.ADMIN_TEAMS, layout = MainLayout.class)
@PermitAll
public class TeamsAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Actor actor;
    private final BrowseTeams browseTeams;
    private final MaintainTeams maintainTeams;
    private final MaintainPeople maintainPeople;
    private final ExplainConflict explainConflict;
    private final Dates dates = Dates.forCurrentUi();

    final Grid<Team> grid = new Grid<>();
    private List<Person> people = List.of();
    private Map<PersonId, Person> byId = Map.of();

    public TeamsAdminView(
            CurrentUser currentUser,
            BrowseTeams browseTeams,
            MaintainTeams maintainTeams,
            MaintainPeople maintainPeople,
            ExplainConflict explainConflict) {
        this.actor = currentUser.actor();
        this.browseTeams = browseTeams;
        this.maintainTeams = maintainTeams;
        this.maintainPeople = maintainPeople;
        this.explainConflict = explainConflict;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.teams.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var teams = browseTeams.list(actor);
        configureGrid();
        add(AdminViews.addButton(getTranslation("admin.teams.add"), "add-team", () -> edit(null)), grid);
        show(teams);
    }

    void reload() {
        show(browseTeams.list(actor));
    }

    private void show(List<Team> teams) {
        people = maintainPeople.list(actor);
        byId = people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        grid.setItems(teams);
    }

    private void configureGrid() {
        grid.setId("teams");
        grid.setAriaLabel(getTranslation("admin.teams.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.removeAllColumns();
        grid.addColumn(Team::name)
                .setKey("name")
                .setHeader(getTranslation("admin.field.name"))
                .setFlexGrow(1);
        grid.addColumn(team -> team.members().size())
                .setKey("members")
                .setHeader(getTranslation("admin.teams.column.members"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(team -> names(team.managers()))
                .setKey("managers")
                .setHeader(getTranslation("admin.teams.column.managers"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("admin.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private String names(Set<PersonId> ids) {
        return ids.stream()
                .map(id -> byId.containsKey(id) ? byId.get(id).name() : id.toString())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private Component actions(Team team) {
        return AdminViews.iconButton(
                VaadinIcon.EDIT, getTranslation("admin.teams.edit.aria", team.name()), () -> edit(team));
    }

    void edit(@Nullable Team team) {
        new TeamDialog(team).open();
    }

    /** Adds a team by name, or changes a team's name, members and managers. */
    final class TeamDialog extends EditDialog<TeamDialog.Form> {

        static final class Form {
            String name = "";
            Set<Person> members = Set.of();
            Set<Person> managers = Set.of();
        }

        final TextField name = textField(getTranslation("admin.field.name"), Team.MAX_NAME);
        final MultiSelectComboBox<Person> members = new MultiSelectComboBox<>();
        final MultiSelectComboBox<Person> managers = new MultiSelectComboBox<>();
        private final @Nullable Team existing;

        TeamDialog(@Nullable Team existing) {
            super(
                    new Form(),
                    "team-dialog",
                    TeamsAdminView.this.getTranslation(existing == null ? "admin.teams.add" : "admin.teams.edit"),
                    dates,
                    () -> existing == null
                            ? Optional.empty()
                            : explainConflict.lastChange(actor, new Action.MaintainPeopleAndTeams(), existing.id()),
                    TeamsAdminView.this::reload);
            this.existing = existing;
            var active = people.stream()
                    .filter(Person::active)
                    .sorted(Comparator.comparing(Person::name))
                    .toList();
            for (var field : List.of(members, managers)) {
                field.setItems(active);
                field.setItemLabelGenerator(person -> person.name() + " <" + person.email() + ">");
                field.setWidthFull();
            }
            members.setLabel(getTranslation("admin.teams.column.members"));
            managers.setLabel(getTranslation("admin.teams.column.managers"));
            uniqueName("name", name, Team.MAX_NAME).bind(form -> form.name, (form, value) -> form.name = value);
            binder.forField("members", members).bind(form -> form.members, (form, value) -> form.members = value);
            binder.forField("managers", managers).bind(form -> form.managers, (form, value) -> form.managers = value);
            content.add(name);
            if (existing != null) {
                name.setValue(existing.name());
                members.setValue(chosen(existing.members()));
                managers.setValue(chosen(existing.managers()));
                content.add(members, managers);
            }
        }

        private Set<Person> chosen(Set<PersonId> ids) {
            return ids.stream().map(byId::get).filter(person -> person != null).collect(Collectors.toSet());
        }

        @Override
        void store(Form form) {
            if (existing == null) {
                maintainTeams.add(actor, form.name);
                return;
            }
            // people who left stay where they were: the fields offer active people only
            var keptMembers = existing.members().stream()
                    .filter(id -> byId.containsKey(id) && !byId.get(id).active())
                    .collect(Collectors.toSet());
            var keptManagers = existing.managers().stream()
                    .filter(id -> byId.containsKey(id) && !byId.get(id).active())
                    .collect(Collectors.toSet());
            keptMembers.addAll(form.members.stream().map(Person::id).toList());
            keptManagers.addAll(form.managers.stream().map(Person::id).toList());
            maintainTeams.change(
                    actor, new Team(existing.id(), form.name, keptMembers, keptManagers, existing.version()));
        }
    }
}
