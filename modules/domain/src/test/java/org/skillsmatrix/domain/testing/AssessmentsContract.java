package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.AssessmentKey;
import org.skillsmatrix.domain.assessment.AssessmentOrder;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.HistoryFilter;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/**
 * What every {@link Assessments} must do. Extend it with the stores to test; each test makes its own people
 * and skills through the ports and ignores whatever else is stored.
 */
public abstract class AssessmentsContract {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");

    protected abstract Assessments assessments();

    /** Where the contract makes the people it rates. */
    protected abstract People people();

    /** Where the contract makes the skills it rates. */
    protected abstract Catalog catalog();

    private Assessments assessments;
    private PersonId alice;
    private PersonId manager;
    private SkillId java;
    private SkillId sql;

    @BeforeEach
    void freshPeopleAndSkills() {
        assessments = assessments();
        alice = newPerson("Alice");
        manager = newPerson("Mona");
        var category = catalog()
                .add(new Category(
                        CategoryId.random(),
                        "Contract " + UUID.randomUUID(),
                        null,
                        catalog().categories().size() + 1,
                        0));
        java = newSkill(category, 1);
        sql = newSkill(category, 2);
    }

    @Test
    void anAppendedAssessmentComesBackUnchanged() {
        var rated = new Assessment(
                alice,
                java,
                Level.PROFICIENT,
                Interest.WANTS_TO_GROW,
                Source.SELF,
                alice,
                at(0),
                "Led the migration to Java 21");
        assessments.append(rated);

        assertThat(assessments.history(alice)).containsExactly(rated);
    }

    @Test
    void historyIsNewestFirstWhateverTheOrderOfAppending() {
        var first = self(alice, java, Level.AWARENESS, at(1));
        var third = self(alice, sql, Level.PROFICIENT, at(3));
        var second = byManager(alice, java, Level.WORKING_KNOWLEDGE, at(2));
        assessments.append(first);
        assessments.append(third);
        assessments.append(second);

        assertThat(assessments.history(alice)).containsExactly(third, second, first);
    }

    @Test
    void aPageOfTheHistoryIsReadWithTheCountOfAll() {
        var ratings = new ArrayList<Assessment>();
        for (int hour = 1; hour <= 5; hour++) {
            ratings.add(self(alice, java, Level.AWARENESS, at(hour)));
        }
        assessments.appendAll(ratings);
        var newestFirst = ratings.reversed();

        var first = assessments.history(alice, HistoryFilter.EVERYTHING, page(0, 2, AssessmentOrder.ASSESSED_AT, true));
        var last = assessments.history(alice, HistoryFilter.EVERYTHING, page(2, 2, AssessmentOrder.ASSESSED_AT, true));
        var beyond =
                assessments.history(alice, HistoryFilter.EVERYTHING, page(3, 2, AssessmentOrder.ASSESSED_AT, true));
        var oldestFirst =
                assessments.history(alice, HistoryFilter.EVERYTHING, page(0, 5, AssessmentOrder.ASSESSED_AT, false));

        assertThat(first.items()).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.items()).containsExactly(newestFirst.get(4));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(oldestFirst.items()).containsExactlyElementsOf(ratings);
        assertThat(assessments.history(manager, HistoryFilter.EVERYTHING, page(0, 5, AssessmentOrder.LEVEL, false)))
                .isEqualTo(new Page<Assessment>(List.of(), 0));
    }

    @Test
    void aHistorySortedByLevelKeepsTiesNewestFirstAndOfOneInstantTheLaterStoredFirst() {
        var oldLow = self(alice, java, Level.AWARENESS, at(1));
        var newLow = self(alice, sql, Level.AWARENESS, at(3));
        var high = self(alice, java, Level.EXPERT, at(2));
        var sameInstantEarlier = byManager(alice, sql, Level.AWARENESS, at(3));
        assessments.append(oldLow);
        assessments.append(sameInstantEarlier);
        assessments.append(high);
        assessments.append(newLow);

        var lowFirst = assessments.history(alice, HistoryFilter.EVERYTHING, page(0, 10, AssessmentOrder.LEVEL, false));
        var highFirst = assessments.history(alice, HistoryFilter.EVERYTHING, page(0, 10, AssessmentOrder.LEVEL, true));
        var oldestFirst =
                assessments.history(alice, HistoryFilter.EVERYTHING, page(0, 10, AssessmentOrder.ASSESSED_AT, false));

        assertThat(lowFirst.items()).containsExactly(newLow, sameInstantEarlier, oldLow, high);
        assertThat(highFirst.items()).containsExactly(high, newLow, sameInstantEarlier, oldLow);
        assertThat(oldestFirst.items()).containsExactly(oldLow, high, newLow, sameInstantEarlier);
    }

    @Test
    void aHistoryPageHoldsTheSkillAndTheSourceAskedFor() {
        var javaSelf = self(alice, java, Level.AWARENESS, at(1));
        var javaManager = byManager(alice, java, Level.PROFICIENT, at(2));
        var sqlSelf = self(alice, sql, Level.EXPERT, at(3));
        assessments.appendAll(List.of(javaSelf, javaManager, sqlSelf));
        var newest = page(0, 10, AssessmentOrder.ASSESSED_AT, true);

        assertThat(assessments
                        .history(alice, new HistoryFilter(java, null), newest)
                        .items())
                .containsExactly(javaManager, javaSelf);
        assertThat(assessments
                        .history(alice, new HistoryFilter(null, Source.SELF), newest)
                        .items())
                .containsExactly(sqlSelf, javaSelf);
        var javaBySelf = assessments.history(alice, new HistoryFilter(java, Source.SELF), newest);
        assertThat(javaBySelf.items()).containsExactly(javaSelf);
        assertThat(javaBySelf.total()).isEqualTo(1);
    }

    @Test
    void givenByHoldsTheRatingsAManagerGaveOthersNewestFirstNotTheirOwn() {
        var first = byManager(alice, java, Level.AWARENESS, at(1));
        var second = byManager(alice, sql, Level.PROFICIENT, at(2));
        assessments.append(first);
        assessments.append(second);
        assessments.append(self(manager, java, Level.EXPERT, at(3)));

        assertThat(assessments.givenBy(manager)).containsExactly(second, first);
        assertThat(assessments.givenBy(alice)).isEmpty();
    }

    @Test
    void historyHoldsOnlyThePersonAsked() {
        var bob = newPerson("Bob");
        var alices = self(alice, java, Level.EXPERT, at(1));
        assessments.append(alices);
        assessments.append(self(bob, java, Level.AWARENESS, at(2)));

        assertThat(assessments.history(alice)).containsExactly(alices);
    }

    @Test
    void aNewRatingIsAppendedAndNeverReplacesTheOldOne() {
        long before = assessments.count();
        var older = self(alice, java, Level.AWARENESS, at(1));
        var newer = self(alice, java, Level.PROFICIENT, at(2));
        assessments.append(older);
        assessments.append(newer);

        assertThat(assessments.history(alice)).containsExactly(newer, older);
        assertThat(assessments.count()).isEqualTo(before + 2);
    }

    @Test
    void currentIsTheNewestSelfAndNewestManagerRatingWhateverTheOrderOfAppending() {
        assessments.append(self(alice, java, Level.EXPERT, at(4), Interest.RATHER_NOT));
        assessments.append(byManager(alice, java, Level.EXPERT, at(1)));
        assessments.append(self(alice, java, Level.AWARENESS, at(2), Interest.WANTS_TO_GROW));
        assessments.append(byManager(alice, java, Level.WORKING_KNOWLEDGE, at(3)));

        assertThat(assessments.current(alice))
                .containsExactly(new CurrentRating(
                        alice,
                        java,
                        new Rating(Level.EXPERT, at(4)),
                        new Rating(Level.WORKING_KNOWLEDGE, at(3)),
                        Interest.RATHER_NOT));
    }

    @Test
    void interestComesFromTheNewestSelfRating() {
        assessments.append(self(alice, java, Level.PROFICIENT, at(2), Interest.WANTS_TO_GROW));
        assessments.append(self(alice, java, Level.PROFICIENT, at(1), Interest.RATHER_NOT));

        assertThat(assessments.current(alice))
                .singleElement()
                .satisfies(current -> assertThat(current.interest()).isEqualTo(Interest.WANTS_TO_GROW));
    }

    @Test
    void currentHasOneEntryPerRatedSkill() {
        assessments.append(self(alice, java, Level.PROFICIENT, at(1)));
        assessments.append(self(alice, java, Level.EXPERT, at(2)));
        assessments.append(byManager(alice, sql, Level.AWARENESS, at(3)));

        assertThat(assessments.current(alice))
                .containsExactlyInAnyOrder(
                        new CurrentRating(alice, java, new Rating(Level.EXPERT, at(2)), null, Interest.NEUTRAL),
                        new CurrentRating(alice, sql, null, new Rating(Level.AWARENESS, at(3)), null));
    }

    @Test
    void aPersonNeverRatedHasNoHistoryAndNoCurrentRatings() {
        assertThat(assessments.history(alice)).isEmpty();
        assertThat(assessments.current(alice)).isEmpty();
    }

    @Test
    void appendAllStoresEveryAssessment() {
        long before = assessments.count();
        var batch = List.of(
                self(alice, java, Level.AWARENESS, at(1)),
                self(alice, java, Level.WORKING_KNOWLEDGE, at(2)),
                byManager(alice, sql, Level.PROFICIENT, at(3)));

        assessments.appendAll(batch);

        assertThat(assessments.history(alice)).containsExactlyElementsOf(batch.reversed());
        assertThat(assessments.count()).isEqualTo(before + 3);
    }

    @Test
    void storedFindsTheKeysOfStoredAssessmentsOnly() {
        var stored = self(alice, java, Level.AWARENESS, at(1));
        var byManager = byManager(alice, sql, Level.PROFICIENT, at(2));
        assessments.appendAll(List.of(stored, byManager));
        var otherInstant = self(alice, java, Level.AWARENESS, at(3)).key();
        var otherSource = new AssessmentKey(alice, sql, Source.SELF, alice, at(2));
        var otherAssessor = new AssessmentKey(alice, sql, Source.MANAGER, newPerson("Max"), at(2));

        var found =
                assessments.stored(List.of(stored.key(), byManager.key(), otherInstant, otherSource, otherAssessor));

        assertThat(found).containsExactlyInAnyOrder(stored.key(), byManager.key());
        assertThat(assessments.stored(List.of())).isEmpty();
    }

    // --- helpers

    private PersonId newPerson(String name) {
        var id = PersonId.random();
        return people().add(new Person(id, name, "contract-" + id + "@example.com", null, true, 0))
                .id();
    }

    private SkillId newSkill(Category category, int position) {
        var name = "Contract skill " + UUID.randomUUID();
        return catalog()
                .add(new Skill(SkillId.random(), category.id(), name, null, position, false, 0))
                .id();
    }

    private static PageRequest<AssessmentOrder> page(int page, int size, AssessmentOrder key, boolean descending) {
        return new PageRequest<>(page, size, key, descending);
    }

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static Assessment self(PersonId person, SkillId skill, Level level, Instant at) {
        return self(person, skill, level, at, Interest.NEUTRAL);
    }

    private static Assessment self(PersonId person, SkillId skill, Level level, Instant at, Interest interest) {
        return Assessment.self(person, skill, level, interest, at, null);
    }

    private Assessment byManager(PersonId person, SkillId skill, Level level, Instant at) {
        return Assessment.byManager(person, skill, level, manager, at, "Reviewed in the quarterly check-in");
    }
}
