package org.skillsmatrix.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.CatalogView;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.MaintainCatalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.domain.scale.ScaleLevel;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.DomainErrors;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * The catalog for admins: categories and their skills, added, renamed, described, moved, retired and
 * reinstated; and the scale's names and descriptors. A retired skill keeps its history.
 */
@Route(value = ViewRoutes.ADMIN_CATALOG, layout = MainLayout.class)
@PermitAll
public final class CatalogAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A row of the catalog tree: a category or a skill. */
    sealed interface Entry permits CategoryEntry, SkillEntry {
        String name();
    }

    record CategoryEntry(Category category) implements Entry {
        @Override
        public String name() {
            return category.name();
        }
    }

    record SkillEntry(Skill skill) implements Entry {
        @Override
        public String name() {
            return skill.name();
        }
    }

    private final Actor actor;
    private final AccessPolicy policy;
    private final BrowseCatalog browseCatalog;
    private final MaintainCatalog catalogs;
    private final ExplainConflict explainConflict;
    private final Dates dates = Dates.forCurrentUi();

    final TreeGrid<Entry> tree = new TreeGrid<>();
    final Grid<ScaleLevel> scale = new Grid<>();
    private final Div conflict = new Div();
    private final TreeData<Entry> data = new TreeData<>();
    private @Nullable CatalogView catalog;

    public CatalogAdminView(
            CurrentUser currentUser,
            AccessPolicy policy,
            BrowseCatalog browseCatalog,
            MaintainCatalog catalogs,
            ExplainConflict explainConflict) {
        this.actor = currentUser.actor();
        this.policy = policy;
        this.browseCatalog = browseCatalog;
        this.catalogs = catalogs;
        this.explainConflict = explainConflict;
        conflict.setId("catalog-conflict");
        configureTree();
        configureScale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.catalog.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        policy.check(actor, new Action.MaintainCatalog());
        removeAll();
        var toolbar = new HorizontalLayout(
                AdminViews.addButton(
                        getTranslation("admin.catalog.add-category"), "add-category", () -> editCategory(null)),
                AdminViews.addButton(getTranslation("admin.catalog.add-skill"), "add-skill", () -> editSkill(null)));
        var scaleHeading = new H2(getTranslation("admin.scale.title"));
        scaleHeading.addClassNames(LumoUtility.FontSize.LARGE);
        add(toolbar, conflict, tree, scaleHeading, scale);
        reload();
    }

    void reload() {
        conflict.removeAll();
        catalog = browseCatalog.read(actor);
        data.clear();
        var byCategory = catalog.skillsByCategory();
        for (var category : catalog.categories()) {
            var entry = new CategoryEntry(category);
            data.addItem(null, entry);
            for (var skill : byCategory.getOrDefault(category.id(), List.of())) {
                data.addItem(entry, new SkillEntry(skill));
            }
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(data.getRootItems());
        scale.setItems(catalog.scale());
    }

    private void configureTree() {
        tree.setId("catalog");
        tree.setAriaLabel(getTranslation("admin.catalog.title"));
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.setHeight("32rem");
        tree.addComponentHierarchyColumn(this::nameCell)
                .setKey("name")
                .setHeader(getTranslation("admin.catalog.column.name"))
                .setFlexGrow(2);
        tree.addColumn(entry -> switch (entry) {
                    case CategoryEntry category -> text(category.category().description());
                    case SkillEntry skill -> text(skill.skill().description());
                })
                .setKey("description")
                .setHeader(getTranslation("admin.catalog.column.description"))
                .setFlexGrow(3);
        tree.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("admin.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private Component nameCell(Entry entry) {
        var name = new Span(entry.name());
        if (entry instanceof CategoryEntry) {
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        }
        var cell = new HorizontalLayout(name);
        cell.setSpacing(true);
        if (entry instanceof SkillEntry skill && skill.skill().retired()) {
            var retired = new Badge(getTranslation("admin.catalog.retired"));
            retired.addThemeVariants(BadgeVariant.CONTRAST, BadgeVariant.SMALL);
            cell.add(retired);
        }
        return cell;
    }

    private Component actions(Entry entry) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        switch (entry) {
            case CategoryEntry category ->
                actions.add(AdminViews.iconButton(
                        VaadinIcon.EDIT,
                        getTranslation("admin.catalog.edit.aria", category.name()),
                        () -> editCategory(category.category())));
            case SkillEntry skill -> {
                actions.add(AdminViews.iconButton(
                        VaadinIcon.EDIT,
                        getTranslation("admin.catalog.edit.aria", skill.name()),
                        () -> editSkill(skill.skill())));
                actions.add(
                        skill.skill().retired()
                                ? AdminViews.iconButton(
                                        VaadinIcon.ARROW_BACKWARD,
                                        getTranslation("admin.catalog.reinstate.aria", skill.name()),
                                        () -> setRetired(skill.skill(), false))
                                : AdminViews.iconButton(
                                        VaadinIcon.ARCHIVE,
                                        getTranslation("admin.catalog.retire.aria", skill.name()),
                                        () -> confirmRetiring(skill.skill())));
            }
        }
        return actions;
    }

    /** Retiring takes a skill out of rating and gap analysis, so it is asked once more; reinstating is not. */
    void confirmRetiring(Skill skill) {
        var dialog = new ConfirmDialog();
        dialog.setId("retire-skill-dialog");
        dialog.setHeader(getTranslation("admin.catalog.retire.title", skill.name()));
        dialog.setText(getTranslation("admin.catalog.retire.text", skill.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.catalog.retire.cancel"));
        dialog.setConfirmText(getTranslation("admin.catalog.retire"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> setRetired(skill, true));
        dialog.open();
    }

    void setRetired(Skill skill, boolean retired) {
        conflict.removeAll();
        try {
            if (retired) {
                catalogs.retireSkill(actor, skill.id(), skill.version());
            } else {
                catalogs.reinstateSkill(actor, skill.id(), skill.version());
            }
            reload();
            AdminViews.saved(getTranslation(
                    retired ? "admin.catalog.retired.saved" : "admin.catalog.reinstated.saved", skill.name()));
        } catch (ConcurrentEdit e) {
            conflict.add(new ConflictNotice(lastChange(skill.id()), dates, this::reload));
        } catch (DomainException e) {
            conflict.add(new Span(DomainErrors.describe(e, this::getTranslation)));
        }
    }

    private Optional<org.skillsmatrix.domain.conflict.LastChange> lastChange(Object subject) {
        return explainConflict.lastChange(actor, new Action.MaintainCatalog(), subject);
    }

    void editCategory(@Nullable Category existing) {
        new CategoryDialog(existing).open();
    }

    void editSkill(@Nullable Skill existing) {
        new SkillDialog(existing).open();
    }

    private void configureScale() {
        scale.setId("scale");
        scale.setAriaLabel(getTranslation("admin.scale.title"));
        scale.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        scale.setAllRowsVisible(true);
        scale.addColumn(level -> level.level().value())
                .setKey("level")
                .setHeader(getTranslation("admin.scale.column.level"))
                .setWidth("6rem")
                .setFlexGrow(0);
        scale.addColumn(ScaleLevel::name).setKey("name").setHeader(getTranslation("admin.scale.column.name"));
        scale.addColumn(ScaleLevel::descriptor)
                .setKey("descriptor")
                .setHeader(getTranslation("admin.scale.column.descriptor"))
                .setFlexGrow(3);
        scale.addComponentColumn(level -> AdminViews.iconButton(
                        VaadinIcon.EDIT,
                        getTranslation("admin.scale.edit.aria", level.level().value()),
                        () -> new ScaleLevelDialog(level).open()))
                .setKey("actions")
                .setHeader(getTranslation("admin.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private CatalogView catalog() {
        if (catalog == null) {
            throw new IllegalStateException("no catalog read");
        }
        return catalog;
    }

    /** Adds or changes a category. */
    final class CategoryDialog extends EditDialog<CategoryDialog.Form> {

        static final class Form {
            String name = "";
            String description = "";
        }

        final TextField name = textField(getTranslation("admin.field.name"), Category.MAX_NAME);
        final TextArea description = textArea(getTranslation("admin.field.description"), Category.MAX_DESCRIPTION);
        private final @Nullable Category existing;

        CategoryDialog(@Nullable Category existing) {
            super(
                    new Form(),
                    "category-dialog",
                    CatalogAdminView.this.getTranslation(
                            existing == null ? "admin.catalog.add-category" : "admin.catalog.edit-category"),
                    dates,
                    () -> existing == null ? Optional.empty() : lastChange(existing.id()),
                    CatalogAdminView.this::reload);
            this.existing = existing;
            if (existing != null) {
                name.setValue(existing.name());
                description.setValue(text(existing.description()));
            }
            uniqueName("name", name, Category.MAX_NAME).bind(form -> form.name, (form, value) -> form.name = value);
            optionalText("description", description, Category.MAX_DESCRIPTION)
                    .bind(form -> form.description, (form, value) -> form.description = value);
            content.add(name, description);
        }

        @Override
        void store(Form form) {
            if (existing == null) {
                catalogs.addCategory(actor, form.name, form.description);
            } else {
                catalogs.changeCategory(actor, existing.renamed(form.name, form.description));
            }
        }
    }

    /** Adds or changes a skill, which may move it to another category. */
    final class SkillDialog extends EditDialog<SkillDialog.Form> {

        static final class Form {
            @Nullable
            Category category;

            String name = "";
            String description = "";
        }

        final Select<Category> category = new Select<>();
        final TextField name = textField(getTranslation("admin.field.name"), Skill.MAX_NAME);
        final TextArea description = textArea(getTranslation("admin.field.description"), Skill.MAX_DESCRIPTION);
        private final @Nullable Skill existing;

        SkillDialog(@Nullable Skill existing) {
            super(
                    new Form(),
                    "skill-dialog",
                    CatalogAdminView.this.getTranslation(
                            existing == null ? "admin.catalog.add-skill" : "admin.catalog.edit-skill"),
                    dates,
                    () -> existing == null ? Optional.empty() : lastChange(existing.id()),
                    CatalogAdminView.this::reload);
            this.existing = existing;
            category.setLabel(getTranslation("admin.field.category"));
            category.setItems(catalog().categories());
            category.setItemLabelGenerator(Category::name);
            category.setWidthFull();
            if (existing != null) {
                catalog().categories().stream()
                        .filter(candidate -> candidate.id().equals(existing.category()))
                        .findFirst()
                        .ifPresent(category::setValue);
                name.setValue(existing.name());
                description.setValue(text(existing.description()));
            }
            var categoryRequired = getTranslation("admin.error.category-required");
            binder.forField("category", category, () -> categoryRequired)
                    .asRequired(categoryRequired)
                    .bind(form -> form.category, (form, value) -> form.category = value);
            uniqueName("name", name, Skill.MAX_NAME).bind(form -> form.name, (form, value) -> form.name = value);
            optionalText("description", description, Skill.MAX_DESCRIPTION)
                    .bind(form -> form.description, (form, value) -> form.description = value);
            content.add(category, name, description);
        }

        @Override
        void store(Form form) {
            var chosen = Objects.requireNonNull(form.category).id();
            if (existing == null) {
                catalogs.addSkill(actor, chosen, form.name, form.description);
                return;
            }
            catalogs.changeSkill(
                    actor, existing.renamed(form.name, form.description).movedTo(chosen));
        }
    }

    /** Renames a level of the scale and rewrites its descriptor. */
    final class ScaleLevelDialog extends EditDialog<ScaleLevelDialog.Form> {

        static final class Form {
            String name = "";
            String descriptor = "";
        }

        final TextField name = textField(getTranslation("admin.field.name"), 40);
        final TextArea descriptor = textArea(getTranslation("admin.scale.column.descriptor"), 300);
        private final ScaleLevel level;

        ScaleLevelDialog(ScaleLevel level) {
            super(
                    new Form(),
                    "scale-dialog",
                    CatalogAdminView.this.getTranslation(
                            "admin.scale.edit", level.level().value()),
                    dates,
                    () -> lastChange(level.level().value()),
                    CatalogAdminView.this::reload);
            this.level = level;
            name.setValue(level.name());
            descriptor.setValue(level.descriptor());
            descriptor.setRequiredIndicatorVisible(true);
            name("name", name, 40).bind(form -> form.name, (form, value) -> form.name = value);
            name("descriptor", descriptor, 300).bind(form -> form.descriptor, (form, value) -> form.descriptor = value);
            content.add(name, descriptor);
        }

        @Override
        void store(Form form) {
            catalogs.describeLevel(actor, level.level(), form.name, form.descriptor, level.version());
        }
    }
}
