package org.skillsmatrix.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.scale.Level;

class LevelConverterTest {

    final LevelConverter converter = new LevelConverter();

    @Test
    void storesTheNumberUsersSee() {
        for (var level : Level.values()) {
            var stored = converter.convertToDatabaseColumn(level);
            assertThat(stored).isEqualTo((short) level.value());
            assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(level);
        }
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
