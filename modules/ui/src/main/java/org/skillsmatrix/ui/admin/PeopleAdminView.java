package org.skillsmatrix.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.domain.people.MaintainPeople;
import org.skillsmatrix.domain.people.PeopleFilter;
import org.skillsmatrix.domain.people.PeopleOrder;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.MaintainRoleProfiles;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;

/** People for HR and admins: names, e-mail addresses (which sign-in matches), role profiles, and who has left. */
@Route(value = ViewRoutes.ADMIN_PEOPLE, layout = MainLayout.class)
@PermitAll
public final class PeopleAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Actor actor;
    private final MaintainPeople maintainPeople;
    private final MaintainRoleProfiles maintainRoleProfiles;
    private final ExplainConflict explainConflict;
    private final Dates dates = Dates.forCurrentUi();

    final Grid<Person> grid = new Grid<>();
    final TextField filter = new TextField();
    private List<RoleProfile> profiles = List.of();
    private Map<RoleProfileId, RoleProfile> profileById = Map.of();

    public PeopleAdminView(
            CurrentUser currentUser,
            MaintainPeople maintainPeople,
            MaintainRoleProfiles maintainRoleProfiles,
            ExplainConflict explainConflict) {
        this.actor = currentUser.actor();
        this.maintainPeople = maintainPeople;
        this.maintainRoleProfiles = maintainRoleProfiles;
        this.explainConflict = explainConflict;
        filter.setLabel(getTranslation("admin.people.filter"));
        filter.setClearButtonVisible(true);
        // wide enough for the German label ("Nach Name oder E-Mail filtern"), which the field's default width cuts
        filter.setWidth("18rem");
        filter.setMaxWidth("100%");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> showPeople());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.people.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        // Counting everyone first refuses those who may not maintain people, before the grid reads lazily.
        maintainPeople.page(actor, PeopleFilter.EVERYONE, PageRequest.first(1, PeopleOrder.NAME));
        profiles = maintainRoleProfiles.list(actor);
        profileById = profiles.stream().collect(Collectors.toMap(RoleProfile::id, Function.identity()));
        configureGrid();
        add(AdminViews.addButton(getTranslation("admin.people.add"), "add-person", () -> edit(null)), filter, grid);
        showPeople();
    }

    void reload() {
        grid.getDataProvider().refreshAll();
    }

    /** The grid reads the page it shows where the people are stored, filtered and sorted there. */
    private void showPeople() {
        var shown = new PeopleFilter(filter.getValue(), null);
        grid.setItems(
                query -> maintainPeople
                        .page(actor, shown, request(query.getPage(), query.getPageSize(), query.getSortOrders()))
                        .items()
                        .stream(),
                query -> (int) maintainPeople
                        .page(actor, shown, request(0, 1, List.of()))
                        .total());
    }

    private static PageRequest<PeopleOrder> request(int page, int size, List<QuerySortOrder> sorted) {
        return sorted.stream()
                .findFirst()
                .map(order -> new PageRequest<>(
                        page,
                        size,
                        order.getSorted().equals("email") ? PeopleOrder.EMAIL : PeopleOrder.NAME,
                        order.getDirection() == SortDirection.DESCENDING))
                .orElseGet(() -> new PageRequest<>(page, size, PeopleOrder.NAME, false));
    }

    private void configureGrid() {
        grid.setId("people");
        grid.setAriaLabel(getTranslation("admin.people.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("32rem");
        grid.removeAllColumns();
        grid.addColumn(Person::name)
                .setKey("name")
                .setHeader(getTranslation("admin.field.name"))
                .setSortProperty("name");
        grid.addColumn(Person::email)
                .setKey("email")
                .setHeader(getTranslation("admin.people.field.email"))
                .setSortProperty("email");
        grid.addColumn(person -> person.roleProfile() == null || !profileById.containsKey(person.roleProfile())
                        ? getTranslation("admin.people.no-profile")
                        : profileById.get(person.roleProfile()).name())
                .setKey("profile")
                .setHeader(getTranslation("admin.people.field.profile"));
        grid.addColumn(person -> getTranslation(person.active() ? "admin.people.active" : "admin.people.left"))
                .setKey("active")
                .setHeader(getTranslation("admin.people.column.status"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("admin.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private Component actions(Person person) {
        return AdminViews.iconButton(
                VaadinIcon.EDIT, getTranslation("admin.people.edit.aria", person.name()), () -> edit(person));
    }

    void edit(@Nullable Person person) {
        new PersonDialog(person).open();
    }

    /** Adds a person, or changes their name, e-mail, role profile or whether they have left. */
    final class PersonDialog extends EditDialog<PersonDialog.Form> {

        static final class Form {
            String name = "";
            String email = "";

            @Nullable
            RoleProfile profile;

            boolean active;
        }

        final TextField name = textField(getTranslation("admin.field.name"), Person.MAX_NAME);
        final EmailField email = new EmailField(getTranslation("admin.people.field.email"));
        final Select<RoleProfile> profile = new Select<>();
        final Checkbox active = new Checkbox(getTranslation("admin.people.field.active"));
        private final @Nullable Person existing;

        PersonDialog(@Nullable Person existing) {
            super(
                    new Form(),
                    "person-dialog",
                    PeopleAdminView.this.getTranslation(existing == null ? "admin.people.add" : "admin.people.edit"),
                    dates,
                    () -> existing == null
                            ? Optional.empty()
                            : explainConflict.lastChange(actor, new Action.MaintainPeopleAndTeams(), existing.id()),
                    PeopleAdminView.this::reload);
            this.existing = existing;
            email.setMaxLength(Person.MAX_EMAIL);
            email.setWidthFull();
            email.setHelperText(getTranslation("admin.people.field.email.helper"));
            profile.setLabel(getTranslation("admin.people.field.profile"));
            profile.setItems(profiles);
            profile.setItemLabelGenerator(
                    item -> item == null ? getTranslation("admin.people.no-profile") : item.name());
            profile.setEmptySelectionAllowed(true);
            profile.setEmptySelectionCaption(getTranslation("admin.people.no-profile"));
            profile.setWidthFull();
            active.setValue(true);
            name("name", name, Person.MAX_NAME).bind(form -> form.name, (form, value) -> form.name = value);
            binder.forField(
                            "email",
                            email,
                            () -> getTranslation(
                                    "admin.people.error.email-taken",
                                    email.getValue().strip()))
                    .asRequired(filledIn())
                    .withValidator(binder.domainRule(
                            Person::normalisedEmail, () -> getTranslation("admin.people.error.email")))
                    .bind(form -> form.email, (form, value) -> form.email = value);
            binder.forField("roleProfile", profile).bind(form -> form.profile, (form, value) -> form.profile = value);
            binder.forField(active).bind(form -> form.active, (form, value) -> form.active = value);
            content.add(name, email, profile);
            if (existing != null) {
                name.setValue(existing.name());
                email.setValue(existing.email());
                profile.setValue(existing.roleProfile() == null ? null : profileById.get(existing.roleProfile()));
                active.setValue(existing.active());
                content.add(active);
            }
        }

        @Override
        void store(Form form) {
            var chosen = form.profile == null ? null : form.profile.id();
            if (existing == null) {
                maintainPeople.add(actor, form.name, form.email, chosen);
            } else {
                maintainPeople.change(
                        actor, existing.with(form.name, form.email, chosen).withActive(form.active));
            }
        }
    }
}
