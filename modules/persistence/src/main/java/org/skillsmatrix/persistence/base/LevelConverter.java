package org.skillsmatrix.persistence.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Level;

/** Stores a {@link Level} as the number users see (0–4), in every entity that has one. */
@Converter(autoApply = true)
public class LevelConverter implements AttributeConverter<Level, Short> {

    @Override
    public @Nullable Short convertToDatabaseColumn(@Nullable Level level) {
        return level == null ? null : (short) level.value();
    }

    @Override
    public @Nullable Level convertToEntityAttribute(@Nullable Short value) {
        return value == null ? null : Level.of(value);
    }
}
