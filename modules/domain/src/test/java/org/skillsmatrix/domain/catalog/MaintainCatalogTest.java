package org.skillsmatrix.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;
import static org.skillsmatrix.domain.testing.TestOrganisation.actor;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;

class MaintainCatalogTest {

    private final TestOrganisation world = new TestOrganisation();
    private final MaintainCatalog maintainCatalog = world.maintainCatalog;
    private final Person ada = world.person("Ada Admin");
    private final Actor admin = admin(ada);

    @Nested
    class Categories {

        @Test
        void anAdminAddsACategoryAfterTheOthers() {
            world.category("Languages");

            var security = maintainCatalog.addCategory(admin, "  Security ", "Keeping data safe");

            assertThat(security.name()).isEqualTo("Security");
            assertThat(security.position()).isEqualTo(2);
            assertThat(world.catalog.categories()).last().isEqualTo(security);
            assertThat(world.auditLog.entries())
                    .containsExactly(new AuditEntry(
                            world.clock.instant(),
                            ada.id(),
                            "category.added",
                            security.id().toString(),
                            "Security"));
        }

        @ParameterizedTest
        @EnumSource(
                value = Role.class,
                names = {"EMPLOYEE", "MANAGER", "HR"})
        void onlyAnAdminChangesCategories(Role role) {
            var notAdmin = actor(world.person("Not Admin"), role);
            var languages = world.category("Languages");

            assertDenied(() -> maintainCatalog.addCategory(notAdmin, "Security", null));
            assertDenied(() -> maintainCatalog.changeCategory(notAdmin, languages.renamed("Tongues", null)));

            assertThat(world.catalog.categories()).containsExactly(languages);
            assertThat(world.auditLog.entries()).isEmpty();
        }

        @Test
        void aCategoryNeedsAName() {
            assertInvalid(() -> maintainCatalog.addCategory(admin, "   ", null), "name", "Name must not be empty");
            assertThat(world.catalog.categories()).isEmpty();
            assertThat(world.auditLog.entries()).isEmpty();
        }

        @Test
        void aCategoryNameHasAtMost80Characters() {
            assertInvalid(
                    () -> maintainCatalog.addCategory(admin, "x".repeat(81), null),
                    "name",
                    "Name must be at most 80 characters");
            assertThat(maintainCatalog.addCategory(admin, "x".repeat(80), null).name())
                    .hasSize(80);
        }

        @Test
        void twoCategoriesCannotShareAName() {
            world.category("Security");

            assertInvalid(
                    () -> maintainCatalog.addCategory(admin, "Security", null),
                    "name",
                    "A category named 'Security' already exists");
            assertThat(world.catalog.categories()).hasSize(1);
            assertThat(world.auditLog.entries()).isEmpty();
        }

        @Test
        void renamingIncrementsTheVersionAndIsAudited() {
            var security = world.category("Security");

            var renamed = maintainCatalog.changeCategory(admin, security.renamed("Application security", "OWASP"));

            assertThat(renamed.version()).isEqualTo(security.version() + 1);
            assertThat(world.catalog.category(security.id())).contains(renamed);
            assertThat(world.auditLog.entries())
                    .containsExactly(new AuditEntry(
                            world.clock.instant(),
                            ada.id(),
                            "category.changed",
                            security.id().toString(),
                            "Application security"));
        }

        @Test
        void renamingAStaleCopyFailsAndKeepsTheOtherChange() {
            var security = world.category("Security");
            maintainCatalog.changeCategory(admin, security.renamed("AppSec", null));

            assertThatExceptionOfType(ConcurrentEdit.class)
                    .isThrownBy(() -> maintainCatalog.changeCategory(admin, security.renamed("InfoSec", null)));

            assertThat(world.catalog.category(security.id()).orElseThrow().name())
                    .isEqualTo("AppSec");
            assertThat(world.auditLog.entries()).hasSize(1);
        }

        @Test
        void renamingToAnotherCategorysNameIsRefused() {
            world.category("Security");
            var cloud = world.category("Cloud");

            assertInvalid(
                    () -> maintainCatalog.changeCategory(admin, cloud.renamed("Security", null)),
                    "name",
                    "A category named 'Security' already exists");
        }

        @Test
        void changingAnUnknownCategoryFails() {
            var ghost = new Category(CategoryId.random(), "Ghost", null, 1, 0);

            assertThatExceptionOfType(NotFound.class)
                    .isThrownBy(() -> maintainCatalog.changeCategory(admin, ghost))
                    .withMessage("Category " + ghost.id() + " does not exist");
        }
    }

    @Nested
    class Skills {

        private final Category backEnd = world.category("Back-end");
        private final Category data = world.category("Data");

        @Test
        void anAdminAddsASkillAtTheEndOfItsCategory() {
            world.skill(backEnd, "Java");

            var python = maintainCatalog.addSkill(admin, backEnd.id(), "Python", "CPython 3");

            assertThat(python.position()).isEqualTo(2);
            assertThat(python.retired()).isFalse();
            assertThat(world.catalog.skill(python.id())).contains(python);
            assertThat(world.auditLog.entries())
                    .containsExactly(new AuditEntry(
                            world.clock.instant(),
                            ada.id(),
                            "skill.added",
                            python.id().toString(),
                            "Python"));
        }

        @Test
        void aSkillGoesIntoAnExistingCategory() {
            assertInvalid(
                    () -> maintainCatalog.addSkill(admin, CategoryId.random(), "Python", null),
                    "category",
                    "Choose an existing category");
            assertThat(world.catalog.skills()).isEmpty();
        }

        @Test
        void twoSkillsCannotShareAName() {
            world.skill(backEnd, "Java");

            assertInvalid(
                    () -> maintainCatalog.addSkill(admin, data.id(), "Java", null),
                    "name",
                    "A skill named 'Java' already exists");
            assertThat(world.catalog.skills()).hasSize(1);
            assertThat(world.auditLog.entries()).isEmpty();
        }

        @Test
        void aSkillNameIsOneLineOfAtMost80Characters() {
            assertInvalid(
                    () -> maintainCatalog.addSkill(admin, backEnd.id(), "Java\nKotlin", null),
                    "name",
                    "Name must be a single line of text without control characters");
            assertInvalid(
                    () -> maintainCatalog.addSkill(admin, backEnd.id(), "J".repeat(81), null),
                    "name",
                    "Name must be at most 80 characters");
            assertInvalid(
                    () -> maintainCatalog.addSkill(admin, backEnd.id(), "", null), "name", "Name must not be empty");
        }

        @Test
        void onlyAnAdminAddsSkills() {
            assertDenied(() -> maintainCatalog.addSkill(
                    TestOrganisation.hr(world.person("Hal HR")), backEnd.id(), "Python", null));
            assertThat(world.catalog.skills()).isEmpty();
        }

        @Test
        void aSkillIsRenamedAndMovedWithANewVersion() {
            var sql = world.skill(backEnd, "SQL");
            world.skill(data, "PostgreSQL");

            var moved = maintainCatalog.changeSkill(
                    admin, sql.renamed("SQL tuning", null).movedTo(data.id()));

            assertThat(moved.version()).isEqualTo(sql.version() + 1);
            assertThat(moved.category()).isEqualTo(data.id());
            assertThat(moved.position()).as("at the end of its new category").isEqualTo(2);
            assertThat(world.catalog.skill(sql.id())).contains(moved);
            assertThat(world.auditLog.entries()).extracting(AuditEntry::action).containsExactly("skill.changed");
        }

        @Test
        void changingASkillNeitherRetiresNorReinstatesIt() {
            var sql = world.skill(backEnd, "SQL");
            var cobol = world.catalog.update(world.skill(backEnd, "COBOL").retire());

            var renamedSql = maintainCatalog.changeSkill(
                    admin, sql.renamed("PostgreSQL", null).retire());
            var renamedCobol = maintainCatalog.changeSkill(
                    admin, cobol.renamed("COBOL-85", null).reinstate());

            assertThat(renamedSql.name()).isEqualTo("PostgreSQL");
            assertThat(world.catalog.skill(sql.id()).orElseThrow().retired()).isFalse();
            assertThat(renamedCobol.name()).isEqualTo("COBOL-85");
            assertThat(world.catalog.skill(cobol.id()).orElseThrow().retired()).isTrue();
            assertThat(world.auditLog.entries())
                    .extracting(AuditEntry::action)
                    .containsExactly("skill.changed", "skill.changed");
        }

        @Test
        void changingAStaleSkillFails() {
            var sql = world.skill(backEnd, "SQL");
            maintainCatalog.changeSkill(admin, sql.renamed("PostgreSQL", null));

            assertThatExceptionOfType(ConcurrentEdit.class)
                    .isThrownBy(() -> maintainCatalog.changeSkill(admin, sql.renamed("MySQL", null)));
            assertThat(world.catalog.skill(sql.id()).orElseThrow().name()).isEqualTo("PostgreSQL");
        }

        @Test
        void aSkillCannotMoveToAnUnknownCategory() {
            var sql = world.skill(backEnd, "SQL");

            assertInvalid(
                    () -> maintainCatalog.changeSkill(admin, sql.movedTo(CategoryId.random())),
                    "category",
                    "Choose an existing category");
            assertThat(world.catalog.skill(sql.id())).contains(sql);
        }

        @Test
        void changingAnUnknownSkillFails() {
            var ghost = new Skill(SkillId.random(), backEnd.id(), "Ghost", null, 1, false, 0);

            assertThatExceptionOfType(NotFound.class).isThrownBy(() -> maintainCatalog.changeSkill(admin, ghost));
        }

        @Test
        void aRetiredSkillKeepsItsHistoryAndCanBeReinstated() {
            var cobol = world.skill(backEnd, "COBOL");
            var ann = world.person("Ann Employee");
            var rating = world.selfRated(ann, cobol, Level.EXPERT);

            var retired = maintainCatalog.retireSkill(admin, cobol.id(), cobol.version());

            assertThat(retired.retired()).isTrue();
            assertThat(retired.version()).isEqualTo(cobol.version() + 1);
            assertThat(world.assessments.history(ann.id())).containsExactly(rating);

            var reinstated = maintainCatalog.reinstateSkill(admin, cobol.id(), retired.version());

            assertThat(reinstated.active()).isTrue();
            assertThat(world.auditLog.entries())
                    .extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::detail)
                    .containsExactly(
                            tuple("skill.retired", cobol.id().toString(), "COBOL"),
                            tuple("skill.reinstated", cobol.id().toString(), "COBOL"));
        }

        @Test
        void retiringAStaleSkillFails() {
            var cobol = world.skill(backEnd, "COBOL");
            maintainCatalog.changeSkill(admin, cobol.renamed("COBOL-85", null));

            assertThatExceptionOfType(ConcurrentEdit.class)
                    .isThrownBy(() -> maintainCatalog.retireSkill(admin, cobol.id(), cobol.version()));
            assertThat(world.catalog.skill(cobol.id()).orElseThrow().active()).isTrue();
        }

        @Test
        void retiringAnUnknownSkillFails() {
            assertThatExceptionOfType(NotFound.class)
                    .isThrownBy(() -> maintainCatalog.retireSkill(admin, SkillId.random(), 0));
        }
    }

    @Nested
    class Scale {

        @Test
        void anAdminRedescribesALevel() {
            var described = maintainCatalog.describeLevel(
                    admin, Level.PROFICIENT, "Skilled", "Works on it alone, day in day out.", 0);

            assertThat(described.version()).isEqualTo(1);
            assertThat(world.scale.levels().get(3)).isEqualTo(described);
            assertThat(world.auditLog.entries())
                    .containsExactly(new AuditEntry(
                            world.clock.instant(), ada.id(), "scale.described", "3", "Proficient -> Skilled"));
        }

        @Test
        void describingAStaleLevelFails() {
            maintainCatalog.describeLevel(admin, Level.EXPERT, "Guru", "Teaches it.", 0);

            assertThatExceptionOfType(ConcurrentEdit.class)
                    .isThrownBy(() -> maintainCatalog.describeLevel(admin, Level.EXPERT, "Master", "Shapes it.", 0));
            assertThat(world.scale.levels().get(4).name()).isEqualTo("Guru");
        }

        @Test
        void aLevelNeedsADescriptor() {
            assertInvalid(
                    () -> maintainCatalog.describeLevel(admin, Level.EXPERT, "Expert", " ", 0),
                    "descriptor",
                    "Descriptor must not be empty");
            assertThat(world.scale.levels().get(4).version()).isZero();
        }

        @Test
        void onlyAnAdminDescribesLevels() {
            assertDenied(() -> maintainCatalog.describeLevel(
                    TestOrganisation.hr(world.person("Hal HR")), Level.EXPERT, "Guru", "Teaches it.", 0));
            assertThat(world.auditLog.entries()).isEmpty();
        }
    }

    @Test
    void catalogEntriesAndLevelsSavedUnchangedKeepTheirVersionAndWriteNoAuditEntry() {
        var backEnd = world.category("Back-end");
        var java = world.skill(backEnd, "Java");
        var cobol = world.catalog.update(world.skill(backEnd, "COBOL").retire());
        var awareness = world.scale.levels().get(1);

        assertThat(maintainCatalog.changeCategory(admin, backEnd)).isEqualTo(backEnd);
        assertThat(maintainCatalog.changeSkill(admin, java)).isEqualTo(java);
        assertThat(maintainCatalog.retireSkill(admin, cobol.id(), cobol.version()))
                .isEqualTo(cobol);
        assertThat(maintainCatalog.reinstateSkill(admin, java.id(), java.version()))
                .isEqualTo(java);
        assertThat(maintainCatalog.describeLevel(
                        admin, Level.AWARENESS, " " + awareness.name(), awareness.descriptor(), awareness.version()))
                .isEqualTo(awareness);

        assertThat(world.catalog.skill(java.id())).contains(java);
        assertThat(world.auditLog.entries()).isEmpty();
    }
}
