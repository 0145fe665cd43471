package org.skillsmatrix.domain.scale;

/**
 * The one palette of the levels, for the screen and the reports alike: ColorBrewer's sequential yellow-green-blue
 * (YlGnBu), light to dark from 0 None to 4 Expert. A sequential palette reads in order to colour-blind readers and
 * in greyscale, and the level's number is always shown on its fill as well: dark on the three light fills, white on
 * the two dark ones, each at a WCAG AA contrast of 4.5:1 or more. The web UI's stylesheet names the same colours
 * ({@code --sm-level-0} to {@code --sm-level-4}), and a test keeps it to these.
 */
public final class LevelColours {

    private static final int[] FILL = {0xFFFFCC, 0xC7E9B4, 0x41B6C4, 0x225EA8, 0x081D58};
    private static final int DARK_TEXT = 0x1A1A1A;
    private static final int WHITE_TEXT = 0xFFFFFF;

    private LevelColours() {}

    /** The fill colour as 0xRRGGBB. */
    public static int fill(Level level) {
        return FILL[level.value()];
    }

    /** Whether the number on the fill is written in white: on the two darkest fills. */
    public static boolean whiteText(Level level) {
        return level.isAtLeast(Level.PROFICIENT);
    }

    /** The text colour on the fill as 0xRRGGBB. */
    public static int text(Level level) {
        return whiteText(level) ? WHITE_TEXT : DARK_TEXT;
    }

    /** A colour as CSS writes it, {@code #rrggbb}. */
    public static String css(int colour) {
        return String.format("#%06x", colour);
    }
}
