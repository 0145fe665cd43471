package org.skillsmatrix.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** The catalog and the scale for admins; nobody else changes them. */
class CatalogAdminViewTest {

    private final UiWorld world = new UiWorld();
    private final Person adam = world.org.person("Adam Novak");
    private final Person alice = world.org.person("Alice Admin");
    private final Category databases = world.org.category("Databases");
    private final Category security = world.org.category("Security");
    private final Skill postgres = world.org.skill(databases, "PostgreSQL");

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void anAdminAddsACategoryAndASkill() {
        open(admin(adam));
        var view = _get(CatalogAdminView.class);

        view.editCategory(null);
        var categoryDialog = _get(CatalogAdminView.CategoryDialog.class);
        _setValue(categoryDialog.name, "Observability");
        _setValue(categoryDialog.description, "Seeing what runs");
        _click(categoryDialog.save);
        assertThat(world.org.catalog.categories()).extracting(Category::name).contains("Observability");

        view.editSkill(null);
        var skillDialog = _get(CatalogAdminView.SkillDialog.class);
        _setValue(skillDialog.category, world.org.catalog.categories().getLast());
        _setValue(skillDialog.name, "OpenTelemetry");
        _click(skillDialog.save);
        assertThat(world.org.catalog.skills()).extracting(Skill::name).contains("OpenTelemetry");
        assertThat(view.tree.getTreeData().getRootItems()).hasSize(3);
    }

    @Test
    void badInputShowsAtTheField() {
        open(admin(adam));
        var view = _get(CatalogAdminView.class);

        view.editSkill(null);
        var dialog = _get(CatalogAdminView.SkillDialog.class);
        _click(dialog.save);
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Fill this in.");
        assertThat(dialog.category.getErrorMessage()).isEqualTo("Choose a category.");

        _setValue(dialog.category, security);
        _setValue(dialog.name, "postgresql");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("The name “postgresql” is taken already. Choose another.");
    }

    @Test
    void theBinderShowsARequiredFieldTheDomainsRuleAndTheDomainsRejectionAtTheFieldAndSavesNothingMeanwhile() {
        open(admin(adam));
        var view = _get(CatalogAdminView.class);
        view.editCategory(null);
        var dialog = _get(CatalogAdminView.CategoryDialog.class);

        _setValue(dialog.name, "  ");
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Fill this in.");

        _setValue(dialog.name, "Observability");
        _setValue(dialog.description, "Seeing\u0000what runs");
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(dialog.description.isInvalid()).isTrue();
        assertThat(dialog.description.getErrorMessage())
                .isEqualTo("Remove the control characters (such as NUL or escape) from this text.");

        _setValue(dialog.description, "Seeing what runs");
        _setValue(dialog.name, "Security");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.description.isInvalid()).isFalse();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("The name “Security” is taken already. Choose another.");
        assertThat(world.org.catalog.categories()).extracting(Category::name).containsExactly("Databases", "Security");

        _setValue(dialog.name, "Observability");
        assertThat(dialog.name.isInvalid())
                .as("a changed value is no longer the one refused")
                .isFalse();
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(world.org.catalog.categories())
                .extracting(Category::name)
                .containsExactly("Databases", "Security", "Observability");
    }

    @Test
    void anAdminMovesRetiresAndReinstatesASkill() {
        open(admin(adam));
        var view = _get(CatalogAdminView.class);

        view.editSkill(postgres);
        var dialog = _get(CatalogAdminView.SkillDialog.class);
        _setValue(dialog.category, security);
        _click(dialog.save);
        var moved = world.org.catalog.skill(postgres.id()).orElseThrow();
        assertThat(moved.category()).isEqualTo(security.id());

        view.confirmRetiring(moved);
        _fireCancel(_get(ConfirmDialog.class));
        assertThat(world.org.catalog.skill(postgres.id()).orElseThrow().retired())
                .as("retiring asks first")
                .isFalse();
        view.confirmRetiring(moved);
        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getId()).contains("retire-skill-dialog");
        _fireConfirm(confirm);
        assertThat(world.org.catalog.skill(postgres.id()).orElseThrow().retired())
                .isTrue();
        view.setRetired(world.org.catalog.skill(postgres.id()).orElseThrow(), false);
        assertThat(world.org.catalog.skill(postgres.id()).orElseThrow().retired())
                .isFalse();
    }

    @Test
    void aSkillSomeoneElseChangedMeanwhileSaysWhoAndReloads() {
        open(admin(adam));
        var view = _get(CatalogAdminView.class);
        view.editSkill(postgres);
        var dialog = _get(CatalogAdminView.SkillDialog.class);
        world.org.clock.advance(Duration.ofMinutes(2));
        world.org.maintainCatalog.changeSkill(admin(alice), postgres.renamed("PostgreSQL 17", null));

        _setValue(dialog.name, "Postgres");
        _click(dialog.save);

        var notice = _get(ConflictNotice.class);
        assertThat(notice.getElement().getTextRecursively())
                .startsWith("Alice Admin changed this on")
                .contains("(changed the skill: PostgreSQL 17)");
        assertThat(notice.getClassNames())
                .as("body text on the light error background, not white")
                .contains(LumoUtility.TextColor.BODY)
                .doesNotContain(LumoUtility.TextColor.ERROR_CONTRAST);
        _click(notice.reload);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(world.org.catalog.skill(postgres.id()).orElseThrow().name()).isEqualTo("PostgreSQL 17");
    }

    @Test
    void anAdminRewritesALevelsDescriptor() {
        open(admin(adam));
        var view = _get(CatalogAdminView.class);
        var expert = world.org.scale.levels().get(Level.EXPERT.value());

        view.new ScaleLevelDialog(expert).open();
        var dialog = _get(CatalogAdminView.ScaleLevelDialog.class);
        _setValue(dialog.descriptor, "Sets the direction for others");
        _click(dialog.save);

        assertThat(world.org.scale.levels().get(Level.EXPERT.value()).descriptor())
                .isEqualTo("Sets the direction for others");
    }

    @Test
    void onlyAdminsOpenTheCatalog() {
        for (var actor : new Actor[] {hr(alice), manager(alice), employee(alice)}) {
            open(actor);
            _assertOne(ErrorView.class);
            _assertNone(CatalogAdminView.class);
            world.close();
        }
    }

    @Test
    void openedAgainItShowsEachColumnOnce() {
        open(admin(adam));
        var view = _get(CatalogAdminView.class);
        int tree = view.tree.getColumns().size();
        int scale = view.scale.getColumns().size();

        world.navigate(ViewRoutes.ADMIN_CATALOG + "?again");

        _assertNone(ErrorView.class);
        assertThat(view.tree.getColumns()).hasSize(tree);
        assertThat(view.scale.getColumns()).hasSize(scale);
    }

    private void open(Actor actor) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(ViewRoutes.ADMIN_CATALOG);
    }
}
