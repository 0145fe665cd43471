package org.skillsmatrix.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.ScaleLevel;

class LevelFormatTest {

    private final LevelFormat format = new LevelFormat(List.of(
            new ScaleLevel(Level.NONE, "None", "Never used it", 0),
            new ScaleLevel(Level.WORKING_KNOWLEDGE, "Working knowledge", "Uses it with some help", 0),
            new ScaleLevel(Level.PROFICIENT, "Proficient", "Uses it on their own", 0)));

    @Test
    void showsTheNumberAndTheScalesName() {
        assertThat(format.format(Level.PROFICIENT)).isEqualTo("3 · Proficient");
        assertThat(format.format(Level.NONE)).isEqualTo("0 · None");
        assertThat(format.format(Level.WORKING_KNOWLEDGE)).isEqualTo("2 · Working knowledge");
    }

    @Test
    void showsTheTextForAbsentWhereThereIsNoLevel() {
        assertThat(format.format(null, "Not rated")).isEqualTo("Not rated");
        assertThat(format.format(Level.PROFICIENT, "Not rated")).isEqualTo("3 · Proficient");
    }

    @Test
    void fallsBackToTheLevelsOwnNameWhereTheScaleDescribesNone() {
        assertThat(format.format(Level.EXPERT)).isEqualTo("4 · EXPERT");
        assertThat(format.descriptor(Level.EXPERT)).isEmpty();
    }

    @Test
    void givesTheDescriptorToRateAgainst() {
        assertThat(format.descriptor(Level.PROFICIENT)).isEqualTo("Uses it on their own");
    }

    @Test
    void usesRenamedLevels() {
        var renamed = new LevelFormat(List.of(new ScaleLevel(Level.EXPERT, "Guru", "Teaches others", 3)));

        assertThat(renamed.format(Level.EXPERT)).isEqualTo("4 · Guru");
    }
}
