package org.skillsmatrix.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.actor;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;

import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.ScaleLevel;
import org.skillsmatrix.domain.testing.TestOrganisation;

class BrowseCatalogTest {

    private final TestOrganisation world = new TestOrganisation();
    private final BrowseCatalog browseCatalog = world.browseCatalog;

    @Test
    void anEmployeeReadsCategoriesSkillsRetiredOnesIncludedAndTheScale() {
        var backEnd = world.category("Back-end");
        var java = world.skill(backEnd, "Java");
        var cobol = world.catalog.update(world.skill(backEnd, "COBOL").retire());

        var view = browseCatalog.read(employee(world.person("Ann Employee")));

        assertThat(view.categories()).containsExactly(backEnd);
        assertThat(view.skills()).containsExactly(java, cobol);
        assertThat(view.activeSkills()).containsExactly(java);
        assertThat(view.skillsByCategory()).containsOnlyKeys(backEnd.id());
        assertThat(view.scale())
                .extracting(ScaleLevel::level)
                .containsExactly(Level.NONE, Level.AWARENESS, Level.WORKING_KNOWLEDGE, Level.PROFICIENT, Level.EXPERT);
    }

    @Test
    void oneCategoryOrSkillIsReadByItsId() {
        var backEnd = world.category("Back-end");
        var java = world.skill(backEnd, "Java");
        var ann = employee(world.person("Ann Employee"));

        assertThat(browseCatalog.category(ann, backEnd.id())).isEqualTo(backEnd);
        assertThat(browseCatalog.skill(ann, java.id())).isEqualTo(java);
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> browseCatalog.skill(ann, SkillId.random()));
    }

    @Test
    void someoneWithoutRolesCannotReadTheCatalog() {
        var nobody = actor(world.person("Nobody"));
        assertDenied(() -> browseCatalog.read(nobody));
        assertDenied(() -> browseCatalog.skill(nobody, SkillId.random()));
    }
}
