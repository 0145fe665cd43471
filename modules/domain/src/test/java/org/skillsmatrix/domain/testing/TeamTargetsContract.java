package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;

/**
 * What every {@link TeamTargets} must do: at most one target per team and skill, and no edit that silently
 * replaces another. Extend it with the stores to test; each test makes its own teams and skills through the
 * ports, with names unique to the test, and ignores whatever else is stored.
 */
public abstract class TeamTargetsContract {

    protected abstract TeamTargets targets();

    /** Where the contract makes the teams it sets targets for. */
    protected abstract Teams teams();

    /** Where the contract makes the skills its targets name. */
    protected abstract Catalog catalog();

    private TeamTargets targets;
    private TeamId payments;
    private TeamId search;
    private SkillId java;
    private SkillId sql;

    @BeforeEach
    void freshTeamsAndSkills() {
        targets = targets();
        var tag = UUID.randomUUID().toString().substring(0, 8);
        payments = newTeam("Payments " + tag);
        search = newTeam("Search " + tag);
        var category = catalog()
                .add(new Category(
                        CategoryId.random(),
                        "Contract " + tag,
                        null,
                        catalog().categories().size() + 1,
                        0));
        java = newSkill(category, "Java " + tag, 1);
        sql = newSkill(category, "SQL " + tag, 2);
    }

    @Test
    void anAddedTargetIsFoundAsStored() {
        var added = targets.add(target(payments, java, Level.PROFICIENT, 2, 0));

        assertThat(targets.find(payments, java)).contains(added);
        assertThat(targets.of(payments)).containsExactly(added);
        assertThat(targets.all()).contains(added);
        assertThat(added.level()).isEqualTo(Level.PROFICIENT);
        assertThat(added.headcount()).isEqualTo(2);
    }

    @Test
    void addingStoresTheTargetAtTheFirstVersionWhateverVersionItCarries() {
        var fresh = targets.add(target(payments, java, Level.PROFICIENT, 2, 0));
        var carryingAVersion = targets.add(target(payments, sql, Level.PROFICIENT, 2, 7));

        assertThat(carryingAVersion.version()).isEqualTo(fresh.version());
    }

    @Test
    void addingATargetTheTeamAlreadyHasFailsAndKeepsTheFirst() {
        var first = targets.add(target(payments, java, Level.PROFICIENT, 2, 0));

        assertThatThrownBy(() -> targets.add(target(payments, java, Level.EXPERT, 5, 0)))
                .as("a second manager creating the same target after the first")
                .isInstanceOf(ConcurrentEdit.class);

        assertThat(targets.find(payments, java)).contains(first);
    }

    @Test
    void anotherTeamMayHaveATargetForTheSameSkill() {
        var ours = targets.add(target(payments, java, Level.PROFICIENT, 2, 0));
        var theirs = targets.add(target(search, java, Level.EXPERT, 1, 0));

        assertThat(targets.of(payments)).containsExactly(ours);
        assertThat(targets.of(search)).containsExactly(theirs);
    }

    @Test
    void anUpdateReplacesTheTargetAtTheNextVersion() {
        var added = targets.add(target(payments, java, Level.PROFICIENT, 2, 0));

        var updated = targets.update(target(payments, java, Level.EXPERT, 3, added.version()));

        assertThat(updated).isEqualTo(target(payments, java, Level.EXPERT, 3, added.version() + 1));
        assertThat(targets.find(payments, java)).contains(updated);
        assertThat(targets.of(payments)).containsExactly(updated);
    }

    @Test
    void anUpdateBasedOnAStaleVersionFailsAndChangesNothing() {
        var added = targets.add(target(payments, java, Level.PROFICIENT, 2, 0));
        var first = targets.update(target(payments, java, Level.EXPERT, 1, added.version()));

        assertThatThrownBy(() -> targets.update(target(payments, java, Level.AWARENESS, 5, added.version())))
                .isInstanceOf(ConcurrentEdit.class);

        assertThat(targets.find(payments, java)).contains(first);
    }

    @Test
    void anUpdateOfARemovedTargetFailsAndDoesNotBringItBack() {
        var added = targets.add(target(payments, java, Level.PROFICIENT, 2, 0));
        targets.remove(payments, java, added.version());

        assertThatThrownBy(() -> targets.update(target(payments, java, Level.EXPERT, 1, added.version())))
                .isInstanceOf(ConcurrentEdit.class);

        assertThat(targets.find(payments, java)).isEmpty();
    }

    @Test
    void anUpdateNeverCreatesATarget() {
        assertThatThrownBy(() -> targets.update(target(payments, java, Level.EXPERT, 1, 0)))
                .isInstanceOf(ConcurrentEdit.class);

        assertThat(targets.find(payments, java)).isEmpty();
    }

    @Test
    void aRemovedTargetIsGoneAndCanBeAddedAgain() {
        var added = targets.add(target(payments, java, Level.PROFICIENT, 2, 0));
        var kept = targets.add(target(payments, sql, Level.EXPERT, 1, 0));

        targets.remove(payments, java, added.version());

        assertThat(targets.find(payments, java)).isEmpty();
        assertThat(targets.of(payments)).containsExactly(kept);
        assertThat(targets.add(target(payments, java, Level.EXPERT, 1, 0)).level())
                .isEqualTo(Level.EXPERT);
    }

    @Test
    void removingWithAStaleVersionOrTwiceFailsAndChangesNothing() {
        var added = targets.add(target(payments, java, Level.PROFICIENT, 2, 0));
        var updated = targets.update(target(payments, java, Level.EXPERT, 1, added.version()));

        assertThatThrownBy(() -> targets.remove(payments, java, added.version()))
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(targets.find(payments, java)).contains(updated);

        targets.remove(payments, java, updated.version());
        assertThatThrownBy(() -> targets.remove(payments, java, updated.version()))
                .isInstanceOf(ConcurrentEdit.class);
    }

    // --- helpers

    private static TeamTarget target(TeamId team, SkillId skill, Level level, int headcount, long version) {
        return new TeamTarget(team, skill, level, headcount, version);
    }

    private TeamId newTeam(String name) {
        return teams().add(new Team(TeamId.random(), name, Set.of(), Set.of(), 0))
                .id();
    }

    private SkillId newSkill(Category category, String name, int position) {
        return catalog()
                .add(new Skill(SkillId.random(), category.id(), name, null, position, false, 0))
                .id();
    }
}
