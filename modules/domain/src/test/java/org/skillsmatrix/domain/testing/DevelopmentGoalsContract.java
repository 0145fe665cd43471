package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;

/**
 * What every {@link DevelopmentGoals} must do: keep a goal as set, list a learner's goals by due date and the open
 * ones of everyone, and refuse a change based on a stale version. Each test makes its own people and skill.
 */
public abstract class DevelopmentGoalsContract {

    protected abstract DevelopmentGoals goals();

    protected abstract People people();

    protected abstract Catalog catalog();

    private DevelopmentGoals goals;
    private PersonId learner;
    private PersonId mentor;
    private PersonId manager;
    private SkillId kafka;
    private SkillId rust;

    @BeforeEach
    void freshPeopleAndSkills() {
        goals = goals();
        var tag = UUID.randomUUID().toString().substring(0, 8);
        learner = newPerson("Learner " + tag);
        mentor = newPerson("Mentor " + tag);
        manager = newPerson("Manager " + tag);
        var category = catalog()
                .add(new Category(
                        CategoryId.random(),
                        "Goals " + tag,
                        null,
                        catalog().categories().size() + 1,
                        0));
        kafka = catalog()
                .add(new Skill(SkillId.random(), category.id(), "Kafka " + tag, null, 1, false, 0))
                .id();
        rust = catalog()
                .add(new Skill(SkillId.random(), category.id(), "Rust " + tag, null, 2, false, 0))
                .id();
    }

    @Test
    void anAddedGoalIsFoundAsSetAtItsFirstVersion() {
        var added = goals.add(goal(kafka, Level.AWARENESS, mentor, LocalDate.of(2031, 3, 1), 7));

        assertThat(added.version())
                .isEqualTo(goals.add(goal(rust, null, null, LocalDate.of(2031, 6, 1), 0))
                        .version());
        assertThat(goals.byId(added.id())).contains(added);
        assertThat(added.target()).isEqualTo(Level.PROFICIENT);
        assertThat(added.startLevel()).isEqualTo(Level.AWARENESS);
        assertThat(added.mentor()).isEqualTo(mentor);
        assertThat(added.due()).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(added.status()).isEqualTo(GoalStatus.OPEN);
        assertThat(added.setBy()).isEqualTo(manager);
    }

    @Test
    void aLearnersGoalsComeTheSoonestDueFirstAndOnlyOpenOnesAreOpen() {
        var later = goals.add(goal(kafka, null, mentor, LocalDate.of(2031, 9, 1), 0));
        var sooner = goals.add(goal(rust, null, null, LocalDate.of(2031, 3, 1), 0));
        var cancelled = goals.update(sooner.withStatus(GoalStatus.CANCELLED));

        assertThat(goals.of(learner)).containsExactly(cancelled, later);
        assertThat(goals.open()).contains(later).doesNotContain(cancelled);
        assertThat(goals.of(mentor)).isEmpty();
    }

    @Test
    void anUpdateBasedOnAStaleVersionFailsAndChangesNothing() {
        var added = goals.add(goal(kafka, null, mentor, LocalDate.of(2031, 3, 1), 0));
        var done = goals.update(added.withStatus(GoalStatus.DONE));

        assertThat(done.version()).isEqualTo(added.version() + 1);
        assertThatThrownBy(() -> goals.update(added.withStatus(GoalStatus.CANCELLED)))
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(goals.byId(added.id())).contains(done);
    }

    @Test
    void anUpdateNeverCreatesAGoal() {
        var never = goal(kafka, null, null, LocalDate.of(2031, 3, 1), 0);

        assertThatThrownBy(() -> goals.update(never)).isInstanceOf(ConcurrentEdit.class);
        assertThat(goals.byId(never.id())).isEmpty();
    }

    private DevelopmentGoal goal(
            SkillId skill, @Nullable Level start, @Nullable PersonId by, LocalDate due, long version) {
        return new DevelopmentGoal(
                GoalId.random(),
                learner,
                skill,
                Level.PROFICIENT,
                start,
                by,
                due,
                GoalStatus.OPEN,
                manager,
                Instant.parse("2030-01-02T10:00:00Z").truncatedTo(ChronoUnit.SECONDS),
                version);
    }

    private PersonId newPerson(String name) {
        var email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
        return people().add(new Person(PersonId.random(), name, email, null, true, 0))
                .id();
    }
}
