package org.skillsmatrix.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.scale.Level;

class TeamTargetTest {

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1001})
    void aHeadcountIsBetweenOneAndAThousand(int headcount) {
        assertInvalid(() -> target(Level.PROFICIENT, headcount), "headcount", "Headcount must be between 1 and 1000");
    }

    @Test
    void theHeadcountLimitsThemselvesAreAccepted() {
        assertThat(target(Level.PROFICIENT, 1).headcount()).isEqualTo(1);
        assertThat(target(Level.PROFICIENT, 1000).headcount()).isEqualTo(1000);
    }

    @Test
    void aTargetLevelIsAtLeastAwareness() {
        assertInvalid(() -> target(Level.NONE, 2), "level", "A target level must be at least 1 (Awareness)");
        assertThat(target(Level.AWARENESS, 2).level()).isEqualTo(Level.AWARENESS);
    }

    private static TeamTarget target(Level level, int headcount) {
        return new TeamTarget(TeamId.random(), SkillId.random(), level, headcount, 0);
    }
}
