package org.skillsmatrix.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.domain.profile.MaintainRoleProfiles;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.CatalogInLanguage;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;

/** Role profiles for admins: the level each job role expects in the skills it names. */
@Route(value = ViewRoutes.ADMIN_ROLE_PROFILES, layout = MainLayout.class)
@PermitAll
public class RoleProfilesAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Actor actor;
    private final AccessPolicy policy;
    private final MaintainRoleProfiles maintainRoleProfiles;
    private final BrowseCatalog catalogs;
    private final ExplainConflict explainConflict;
    private final Dates dates = Dates.forCurrentUi();

    final Grid<RoleProfile> grid = new Grid<>();
    private List<Skill> skills = List.of();
    private Map<SkillId, Skill> skillById = Map.of();
    private @Nullable LevelFormat levels;

    public RoleProfilesAdminView(
            CurrentUser currentUser,
            AccessPolicy policy,
            MaintainRoleProfiles maintainRoleProfiles,
            BrowseCatalog catalogs,
            ExplainConflict explainConflict) {
        this.actor = currentUser.actor();
        this.policy = policy;
        this.maintainRoleProfiles = maintainRoleProfiles;
        this.catalogs = catalogs;
        this.explainConflict = explainConflict;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.profiles.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        policy.check(actor, new Action.MaintainRoleProfiles());
        removeAll();
        var catalog = CatalogInLanguage.read(catalogs, actor, getLocale());
        skills = catalog.activeSkills();
        skillById = catalog.skills().stream().collect(Collectors.toMap(Skill::id, Function.identity()));
        levels = new LevelFormat(catalog.scale());
        configureGrid();
        add(AdminViews.addButton(getTranslation("admin.profiles.add"), "add-profile", () -> edit(null)), grid);
        reload();
    }

    void reload() {
        grid.setItems(maintainRoleProfiles.list(actor));
    }

    private void configureGrid() {
        grid.setId("role-profiles");
        grid.setAriaLabel(getTranslation("admin.profiles.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.removeAllColumns();
        grid.addColumn(RoleProfile::name).setKey("name").setHeader(getTranslation("admin.field.name"));
        grid.addColumn(profile -> profile.expectations().size())
                .setKey("skills")
                .setHeader(getTranslation("admin.profiles.column.skills"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("admin.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private Component actions(RoleProfile profile) {
        return AdminViews.iconButton(
                VaadinIcon.EDIT, getTranslation("admin.profiles.edit.aria", profile.name()), () -> edit(profile));
    }

    void edit(@Nullable RoleProfile profile) {
        new ProfileDialog(profile).open();
    }

    private LevelFormat levels() {
        if (levels == null) {
            throw new IllegalStateException("no scale read");
        }
        return levels;
    }

    /** A profile's name and expectations: a level from 1 to 4 for each skill it names. */
    final class ProfileDialog extends EditDialog<ProfileDialog.Form> {

        static final class Form {
            String name = "";
        }

        final TextField name = textField(getTranslation("admin.field.name"), RoleProfile.MAX_NAME);
        final Grid<SkillId> expectations = new Grid<>();
        final ComboBox<Skill> newSkill = new ComboBox<>();
        final Select<Level> newLevel = new Select<>();
        final Button addExpectation = new Button();
        final Map<SkillId, Level> expected = new LinkedHashMap<>();
        private final @Nullable RoleProfile existing;

        ProfileDialog(@Nullable RoleProfile existing) {
            super(
                    new Form(),
                    "profile-dialog",
                    RoleProfilesAdminView.this.getTranslation(
                            existing == null ? "admin.profiles.add" : "admin.profiles.edit"),
                    dates,
                    () -> existing == null
                            ? Optional.empty()
                            : explainConflict.lastChange(actor, new Action.MaintainRoleProfiles(), existing.id()),
                    RoleProfilesAdminView.this::reload);
            this.existing = existing;
            setWidth("min(48rem, 100vw)");
            if (existing != null) {
                name.setValue(existing.name());
                existing.expectations().entrySet().stream()
                        .sorted(Comparator.comparing(entry -> skillName(entry.getKey())))
                        .forEach(entry -> expected.put(entry.getKey(), entry.getValue()));
            }
            expectations.setId("profile-expectations-editor");
            expectations.setAriaLabel(getTranslation("admin.profiles.expectations"));
            expectations.setAllRowsVisible(true);
            expectations.addThemeVariants(GridVariant.LUMO_COMPACT);
            expectations
                    .addColumn(this::skillName)
                    .setKey("skill")
                    .setHeader(getTranslation("admin.profiles.column.skill"));
            expectations
                    .addComponentColumn(this::levelCell)
                    .setKey("level")
                    .setHeader(getTranslation("admin.profiles.column.level"));
            expectations
                    .addComponentColumn(skill -> AdminViews.iconButton(
                            VaadinIcon.TRASH, getTranslation("admin.profiles.remove.aria", skillName(skill)), () -> {
                                expected.remove(skill);
                                refresh();
                            }))
                    .setKey("remove")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            expectations.setEmptyStateText(getTranslation("admin.profiles.no-expectations"));

            newSkill.setLabel(getTranslation("admin.profiles.new-skill"));
            newSkill.setItemLabelGenerator(Skill::name);
            newSkill.setWidth("18rem");
            newLevel.setLabel(getTranslation("admin.profiles.new-level"));
            newLevel.setItems(levelsFromAwareness());
            newLevel.setItemLabelGenerator(levels()::format);
            newLevel.setValue(Level.PROFICIENT);
            addExpectation.setText(getTranslation("admin.profiles.add-expectation"));
            addExpectation.setIcon(VaadinIcon.PLUS.create());
            addExpectation.addClickListener(click -> {
                if (newSkill.getValue() != null && newLevel.getValue() != null) {
                    expected.put(newSkill.getValue().id(), newLevel.getValue());
                    newSkill.clear();
                    refresh();
                }
            });
            var adder = new HorizontalLayout(newSkill, newLevel, addExpectation);
            adder.setAlignItems(FlexComponent.Alignment.BASELINE);
            uniqueName("name", name, RoleProfile.MAX_NAME).bind(form -> form.name, (form, value) -> form.name = value);
            binder.message("expectations", () -> getTranslation("admin.profiles.error.expectations"));
            content.add(name, expectations, adder);
            refresh();
        }

        private List<Level> levelsFromAwareness() {
            return Arrays.stream(Level.values())
                    .filter(level -> level != Level.NONE)
                    .toList();
        }

        private Component levelCell(SkillId skill) {
            var select = new Select<Level>();
            select.setItems(levelsFromAwareness());
            select.setItemLabelGenerator(levels()::format);
            select.setValue(expected.get(skill));
            select.setAriaLabel(getTranslation("admin.profiles.level.aria", skillName(skill)));
            select.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    expected.put(skill, change.getValue());
                }
            });
            return select;
        }

        private void refresh() {
            expectations.setItems(List.copyOf(expected.keySet()));
            newSkill.setItems(skills.stream()
                    .filter(skill -> !expected.containsKey(skill.id()))
                    .toList());
        }

        private String skillName(SkillId id) {
            var skill = skillById.get(id);
            return skill == null ? id.toString() : skill.name();
        }

        @Override
        void store(Form form) {
            if (existing == null) {
                maintainRoleProfiles.add(actor, form.name, expected);
            } else {
                maintainRoleProfiles.change(actor, existing.with(form.name, expected));
            }
        }
    }
}
