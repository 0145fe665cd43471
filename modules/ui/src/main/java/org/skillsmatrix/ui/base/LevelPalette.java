package org.skillsmatrix.ui.base;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.LevelColours;

/**
 * The levels' colours ({@link LevelColours}) as the web UI writes them. The stylesheet names the same colours and
 * gives them to cells and swatches through the {@link #part(Level)} names.
 */
public final class LevelPalette {

    private LevelPalette() {}

    public static String background(Level level) {
        return LevelColours.css(LevelColours.fill(level));
    }

    public static String text(Level level) {
        return LevelColours.css(LevelColours.text(level));
    }

    /** The part or class name of a cell at the level, {@code level-0} to {@code level-4}; {@code level-none} unrated. */
    public static String part(@Nullable Level level) {
        return level == null ? "level-none" : "level-" + level.value();
    }

    /** The WCAG contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
    public static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        var hex = colour.substring(1).toLowerCase(Locale.ROOT);
        double r = channel(Integer.parseInt(hex.substring(0, 2), 16));
        double g = channel(Integer.parseInt(hex.substring(2, 4), 16));
        double b = channel(Integer.parseInt(hex.substring(4, 6), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
