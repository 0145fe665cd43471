package org.skillsmatrix.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.scale.Level.AWARENESS;
import static org.skillsmatrix.domain.scale.Level.EXPERT;
import static org.skillsmatrix.domain.scale.Level.PROFICIENT;
import static org.skillsmatrix.domain.scale.Level.WORKING_KNOWLEDGE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

class CurrentRatingTest {

    private static final Instant T0 = Instant.parse("2025-01-01T09:00:00Z");
    private static final PersonId ANA = PersonId.random();
    private static final PersonId MONA = PersonId.random();
    private static final PersonId MAX = PersonId.random();
    private static final SkillId JAVA = SkillId.random();

    private static final Assessment OLD_SELF = self(AWARENESS, Interest.WANTS_TO_GROW, 1);
    private static final Assessment OLD_MANAGER = byManager(MAX, EXPERT, 2);
    private static final Assessment NEW_SELF = self(EXPERT, Interest.RATHER_NOT, 3);
    private static final Assessment NEW_MANAGER = byManager(MONA, WORKING_KNOWLEDGE, 4);

    static Stream<List<Assessment>> historiesInEveryOrder() {
        return permutations(List.of(OLD_SELF, OLD_MANAGER, NEW_SELF, NEW_MANAGER)).stream();
    }

    @ParameterizedTest
    @MethodSource("historiesInEveryOrder")
    void theNewestSelfAndNewestManagerRatingWinWhateverTheOrder(List<Assessment> history) {
        var current = CurrentRating.of(ANA, JAVA, history);

        assertThat(current.self()).isEqualTo(new Rating(EXPERT, at(3)));
        assertThat(current.manager()).isEqualTo(new Rating(WORKING_KNOWLEDGE, at(4)));
        assertThat(current.interest()).isEqualTo(Interest.RATHER_NOT);
    }

    @Test
    void interestComesFromTheNewestSelfRatingEvenWhenItIsListedFirst() {
        var current = CurrentRating.of(ANA, JAVA, List.of(NEW_SELF, OLD_SELF));

        assertThat(current.interest()).isEqualTo(Interest.RATHER_NOT);
        assertThat(current.selfLevel()).contains(EXPERT);
    }

    @Test
    void theManagersLevelCountsEvenWhenLowerThanTheSelfRating() {
        var current = CurrentRating.of(ANA, JAVA, List.of(NEW_SELF, NEW_MANAGER));

        assertThat(current.level()).contains(WORKING_KNOWLEDGE);
        assertThat(current.validatedLevel()).contains(WORKING_KNOWLEDGE);
        assertThat(current.selfLevel()).contains(EXPERT);
    }

    @Test
    void theManagersLevelCountsEvenWhenTheSelfRatingIsNewer() {
        var current = CurrentRating.of(ANA, JAVA, List.of(OLD_MANAGER, NEW_SELF));

        assertThat(current.level()).contains(EXPERT);
        assertThat(current.validatedLevel()).contains(EXPERT);
    }

    @Test
    void withoutAManagerRatingTheOwnLevelCountsAndNothingIsValidated() {
        var current = CurrentRating.of(ANA, JAVA, List.of(OLD_SELF));

        assertThat(current.level()).contains(AWARENESS);
        assertThat(current.validatedLevel()).isEmpty();
        assertThat(current.manager()).isNull();
    }

    @Test
    void withOnlyAManagerRatingThereIsNoInterest() {
        var current = CurrentRating.of(ANA, JAVA, List.of(OLD_MANAGER));

        assertThat(current.level()).contains(EXPERT);
        assertThat(current.selfLevel()).isEmpty();
        assertThat(current.interest()).isNull();
    }

    @Test
    void anEmptyHistoryHasNoLevel() {
        var current = CurrentRating.of(ANA, JAVA, List.of());

        assertThat(current.level()).isEmpty();
        assertThat(current.validatedLevel()).isEmpty();
        assertThat(current.selfLevel()).isEmpty();
    }

    @Test
    void ofTwoRatingsFromTheSameSourceAtTheSameInstantTheLaterInTheHistoryWins() {
        var proficientSelf = self(PROFICIENT, Interest.NEUTRAL, 5);
        var expertSelf = self(EXPERT, Interest.WANTS_TO_GROW, 5);
        var byMona = byManager(MONA, AWARENESS, 5);
        var byMax = byManager(MAX, WORKING_KNOWLEDGE, 5);

        var expertLast = CurrentRating.of(ANA, JAVA, List.of(byMona, proficientSelf, byMax, expertSelf));
        var proficientLast = CurrentRating.of(ANA, JAVA, List.of(expertSelf, byMax, proficientSelf, byMona));

        assertThat(expertLast.selfLevel()).contains(EXPERT);
        assertThat(expertLast.interest()).isEqualTo(Interest.WANTS_TO_GROW);
        assertThat(expertLast.validatedLevel()).contains(WORKING_KNOWLEDGE);
        assertThat(proficientLast.selfLevel()).contains(PROFICIENT);
        assertThat(proficientLast.interest()).isEqualTo(Interest.NEUTRAL);
        assertThat(proficientLast.validatedLevel()).contains(AWARENESS);
    }

    @Test
    void assessmentsOfOtherPeopleAndOtherSkillsAreIgnored() {
        var otherSkill = Assessment.self(ANA, SkillId.random(), EXPERT, Interest.NEUTRAL, at(9), null);
        var otherPerson = Assessment.self(MAX, JAVA, PROFICIENT, Interest.NEUTRAL, at(9), null);

        var current = CurrentRating.of(ANA, JAVA, List.of(OLD_SELF, otherSkill, otherPerson));

        assertThat(current.person()).isEqualTo(ANA);
        assertThat(current.skill()).isEqualTo(JAVA);
        assertThat(current.self()).isEqualTo(new Rating(AWARENESS, at(1)));
    }

    private static Assessment self(Level level, Interest interest, int hours) {
        return Assessment.self(ANA, JAVA, level, interest, at(hours), null);
    }

    private static Assessment byManager(PersonId manager, Level level, int hours) {
        return Assessment.byManager(ANA, JAVA, level, manager, at(hours), null);
    }

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        var result = new ArrayList<List<T>>();
        for (var item : items) {
            var rest = new ArrayList<>(items);
            rest.remove(item);
            for (var tail : permutations(rest)) {
                var permutation = new ArrayList<T>();
                permutation.add(item);
                permutation.addAll(tail);
                result.add(permutation);
            }
        }
        return result;
    }
}
