package org.skillsmatrix.ui.base;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.ScaleLevel;

/**
 * Shows a level as its number and its name on the scale, e.g. {@code 3 · Proficient}: readable without
 * colour, and with the names the organisation gave its scale.
 */
public final class LevelFormat {

    private final Map<Level, ScaleLevel> scale = new EnumMap<>(Level.class);

    public LevelFormat(List<ScaleLevel> levels) {
        levels.forEach(level -> scale.put(level.level(), level));
    }

    public String format(Level level) {
        return level.value() + " · " + name(level);
    }

    /** The level, or {@code absent} where there is none. */
    public String format(@Nullable Level level, String absent) {
        return level == null ? absent : format(level);
    }

    public String name(Level level) {
        var described = scale.get(level);
        return described == null ? level.name() : described.name();
    }

    /** The scale's one-line descriptor people rate against; empty where the scale has none. */
    public String descriptor(Level level) {
        var described = scale.get(level);
        return described == null ? "" : described.descriptor();
    }
}
