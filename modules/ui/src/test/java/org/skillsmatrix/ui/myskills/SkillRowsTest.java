package org.skillsmatrix.ui.myskills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.SkillProfile;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.CatalogView;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.PersonGap;
import org.skillsmatrix.domain.gap.PersonGaps;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

class SkillRowsTest {

    private static final Instant MARCH = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant APRIL = Instant.parse("2025-04-03T09:00:00Z");

    private final Person ada = new Person(PersonId.random(), "Ada Lovelace", "ada@example.com", null, true, 0);
    private final PersonId manager = PersonId.random();

    private final Category databases = category("Databases", 1);
    private final Category security = category("Security", 2);
    private final Category emerging = category("Emerging areas", 3);

    private final Skill postgres = skill(databases, "PostgreSQL", 1, false);
    private final Skill mysql = skill(databases, "MySQL", 2, true);
    private final Skill oracle = skill(databases, "Oracle", 3, true);
    private final Skill owasp = skill(security, "OWASP Top 10", 1, false);
    private final Skill iot = skill(emerging, "IoT", 1, true);

    private final Assessment postgresSelf = Assessment.self(
            ada.id(), postgres.id(), Level.WORKING_KNOWLEDGE, Interest.WANTS_TO_GROW, MARCH, "Ran our migration");
    private final Assessment postgresManager =
            Assessment.byManager(ada.id(), postgres.id(), Level.PROFICIENT, manager, APRIL, null);
    private final Assessment oracleSelf =
            Assessment.self(ada.id(), oracle.id(), Level.AWARENESS, Interest.RATHER_NOT, MARCH, null);

    private final List<CategoryRow> rows = SkillRows.of(catalog(), profile(), gaps());

    @Test
    void listsCategoriesInCatalogOrderWithTheirSkills() {
        assertThat(rows).extracting(CategoryRow::name).containsExactly("Databases", "Security");
        assertThat(rows.getFirst().skills()).extracting(SkillRow::name).containsExactly("PostgreSQL", "Oracle");
    }

    @Test
    void showsARetiredSkillOnlyWhereThePersonHasHistoryInItAndNeverAsRateable() {
        var bySkill = SkillRows.bySkill(rows);

        assertThat(bySkill).doesNotContainKeys(mysql.id(), iot.id());
        assertThat(bySkill.get(oracle.id()).rateable()).isFalse();
        assertThat(bySkill.get(postgres.id()).rateable()).isTrue();
    }

    @Test
    void givesEachSkillThePersonsStanding() {
        var row = SkillRows.bySkill(rows).get(postgres.id());

        assertThat(row.selfLevel()).contains(Level.WORKING_KNOWLEDGE);
        assertThat(row.validatedLevel()).contains(Level.PROFICIENT);
        assertThat(row.interest()).contains(Interest.WANTS_TO_GROW);
        assertThat(row.lastRated()).contains(APRIL);
        assertThat(row.history()).containsExactly(postgresManager, postgresSelf);
        assertThat(row.expected()).contains(Level.EXPERT);
        assertThat(row.gap()).isEqualTo(1);
    }

    @Test
    void leavesAnUnratedSkillEmpty() {
        var row = SkillRows.bySkill(rows).get(owasp.id());

        assertThat(row.rated()).isFalse();
        assertThat(row.selfLevel()).isEmpty();
        assertThat(row.validatedLevel()).isEmpty();
        assertThat(row.interest()).isEmpty();
        assertThat(row.lastRated()).isEmpty();
        assertThat(row.history()).isEmpty();
        assertThat(row.gap()).as("an unrated skill counts as level 0").isEqualTo(2);
    }

    @Test
    void countsTheSkillsBelowTheRolesExpectation() {
        assertThat(SkillRows.belowExpectation(rows)).isEqualTo(2);
        assertThat(rows.getFirst().rated()).isEqualTo(2);
        assertThat(rows.get(1).rated()).isZero();
    }

    @Test
    void updatesARowInPlace() {
        var row = SkillRows.bySkill(rows).get(owasp.id());
        var rated = Assessment.self(ada.id(), owasp.id(), Level.EXPERT, Interest.NEUTRAL, APRIL, null);

        row.update(CurrentRating.of(ada.id(), owasp.id(), List.of(rated)), List.of(rated));

        assertThat(row.selfLevel()).contains(Level.EXPERT);
        assertThat(row.gap()).isZero();
        assertThat(SkillRows.belowExpectation(rows)).isEqualTo(1);
        assertThat(SkillRows.bySkill(rows).get(owasp.id())).isSameAs(row);
    }

    @Test
    void filtersBySkillOrCategoryNameIgnoringCase() {
        var databaseRows = rows.getFirst();
        var postgresRow = SkillRows.bySkill(rows).get(postgres.id());

        assertThat(postgresRow.matches("postgres")).isTrue();
        assertThat(postgresRow.matches("database")).as("its category's name").isTrue();
        assertThat(postgresRow.matches("owasp")).isFalse();
        assertThat(databaseRows.matches("oracle")).as("one of its skills").isTrue();
        assertThat(databaseRows.matches("owasp")).isFalse();
        assertThat(databaseRows.matches("")).isTrue();
    }

    private CatalogView catalog() {
        return new CatalogView(
                List.of(databases, security, emerging), List.of(postgres, mysql, oracle, owasp, iot), List.of());
    }

    private SkillProfile profile() {
        var history = List.of(postgresManager, postgresSelf, oracleSelf);
        return new SkillProfile(
                ada,
                List.of(
                        CurrentRating.of(ada.id(), postgres.id(), history),
                        CurrentRating.of(ada.id(), oracle.id(), history)),
                history);
    }

    private PersonGaps gaps() {
        var profile = new RoleProfile(
                RoleProfileId.random(),
                "Senior Back-end Engineer",
                Map.of(postgres.id(), Level.EXPERT, owasp.id(), Level.WORKING_KNOWLEDGE),
                0);
        return new PersonGaps(
                ada,
                profile,
                List.of(
                        new PersonGap(postgres.id(), Level.EXPERT, Level.PROFICIENT),
                        new PersonGap(owasp.id(), Level.WORKING_KNOWLEDGE, null)));
    }

    private static Category category(String name, int position) {
        return new Category(CategoryId.random(), name, null, position, 0);
    }

    private static Skill skill(Category category, String name, int position, boolean retired) {
        return new Skill(SkillId.random(), category.id(), name, "About " + name, position, retired, 0);
    }
}
