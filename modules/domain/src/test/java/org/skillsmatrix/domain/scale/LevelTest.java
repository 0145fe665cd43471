package org.skillsmatrix.domain.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevelTest {

    @Test
    void theScaleRunsFromZeroNoneToFourExpert() {
        assertThat(Level.values()).extracting(Level::value).containsExactly(0, 1, 2, 3, 4);
        assertThat(Level.of(0)).isEqualTo(Level.NONE);
        assertThat(Level.of(2)).isEqualTo(Level.WORKING_KNOWLEDGE);
        assertThat(Level.of(4)).isEqualTo(Level.EXPERT);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5, 7, Integer.MAX_VALUE})
    void aNumberOutsideTheScaleIsRefused(int value) {
        assertInvalid(() -> Level.of(value), "level", "Level must be between 0 (None) and 4 (Expert), not " + value);
    }

    @Test
    void aLevelIsAtLeastItselfAndEveryLowerLevel() {
        assertThat(Level.PROFICIENT.isAtLeast(Level.PROFICIENT)).isTrue();
        assertThat(Level.PROFICIENT.isAtLeast(Level.AWARENESS)).isTrue();
        assertThat(Level.PROFICIENT.isAtLeast(Level.EXPERT)).isFalse();
    }

    @Test
    void holdingASkillMeansProficient() {
        assertThat(Level.HOLDS_SKILL).isEqualTo(Level.PROFICIENT);
    }
}
