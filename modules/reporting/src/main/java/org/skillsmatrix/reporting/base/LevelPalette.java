package org.skillsmatrix.reporting.base;

import org.skillsmatrix.domain.scale.Level;

/**
 * The heatmap's colours, the same as the screen's: ColorBrewer's sequential yellow-green-blue, light to dark
 * from 0 None to 4 Expert. A sequential palette reads in order to colour-blind readers and in greyscale, and
 * the level's number is always shown in the cell as well, dark on the three light fills, white on the two dark
 * ones.
 */
public final class LevelPalette {

    private static final int[] FILL = {0xFFFFCC, 0xC7E9B4, 0x41B6C4, 0x225EA8, 0x081D58};

    private LevelPalette() {}

    /** The fill colour as 0xRRGGBB. */
    public static int fill(Level level) {
        return FILL[level.value()];
    }

    /** The fill colour as "RRGGBB". */
    public static String fillHex(Level level) {
        return String.format("%06X", fill(level));
    }

    /** Whether the number on the fill is written in white: on the two darkest fills. */
    public static boolean whiteText(Level level) {
        return level.isAtLeast(Level.PROFICIENT);
    }

    /** The text colour as 0xRRGGBB. */
    public static int text(Level level) {
        return whiteText(level) ? 0xFFFFFF : 0x1A1A1A;
    }

    public static byte[] rgb(int colour) {
        return new byte[] {(byte) (colour >> 16), (byte) (colour >> 8), (byte) colour};
    }
}
