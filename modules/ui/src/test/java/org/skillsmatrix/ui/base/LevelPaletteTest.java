package org.skillsmatrix.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.scale.Level;

class LevelPaletteTest {

    @Test
    void everyLevelsNumberIsReadableOnItsColour() {
        for (var level : Level.values()) {
            assertThat(LevelPalette.contrast(LevelPalette.background(level), LevelPalette.text(level)))
                    .as("contrast of level %s", level)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theColoursDarkenWithTheLevelSoTheyReadWithoutHue() {
        for (int value = 1; value <= 4; value++) {
            var lighter = LevelPalette.background(Level.of(value - 1));
            var darker = LevelPalette.background(Level.of(value));
            assertThat(LevelPalette.contrast(darker, "#ffffff"))
                    .as("level %d is darker than level %d", value, value - 1)
                    .isGreaterThan(LevelPalette.contrast(lighter, "#ffffff"));
        }
    }

    @Test
    void theStylesheetUsesTheSameColours() throws IOException {
        try (InputStream css = getClass().getResourceAsStream("/META-INF/resources/styles.css")) {
            assertThat(css).isNotNull();
            var text = new String(css.readAllBytes(), StandardCharsets.UTF_8);
            for (var level : Level.values()) {
                assertThat(text).contains("--sm-level-" + level.value() + ": " + LevelPalette.background(level) + ";");
            }
        }
    }

    @Test
    void namesTheCellPartsByLevel() {
        assertThat(LevelPalette.part(Level.PROFICIENT)).isEqualTo("level-3");
        assertThat(LevelPalette.part(null)).isEqualTo("level-none");
    }
}
