package org.skillsmatrix.domain.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LevelRadarTest {

    @Test
    void theFirstAxisPointsUpAndTheNextFollowClockwise() {
        assertThat(Math.cos(LevelRadar.angle(0, 4))).isCloseTo(0, within(1e-9));
        assertThat(Math.sin(LevelRadar.angle(0, 4))).isCloseTo(1, within(1e-9));
        assertThat(Math.cos(LevelRadar.angle(1, 4))).as("right").isCloseTo(1, within(1e-9));
        assertThat(Math.sin(LevelRadar.angle(2, 4))).as("down").isCloseTo(-1, within(1e-9));
        assertThat(Math.cos(LevelRadar.angle(3, 4))).as("left").isCloseTo(-1, within(1e-9));
    }

    @Test
    void aLevelStandsOutInProportionToItsValueWithinTheScale() {
        assertThat(LevelRadar.share(0)).isZero();
        assertThat(LevelRadar.share(2)).isEqualTo(0.5);
        assertThat(LevelRadar.share(4)).isEqualTo(1);
        assertThat(LevelRadar.share(5.5)).isEqualTo(1);
        assertThat(LevelRadar.share(-1)).isZero();
    }
}
