package org.skillsmatrix.domain.scale;

/**
 * The geometry of a radar chart of the scale, for the screen and the reports alike: one axis per category, the first
 * pointing up and the rest following clockwise, and a level standing out from the centre in proportion to its value,
 * None at the centre and Expert on the outer ring.
 */
public final class LevelRadar {

    private static final double MAX = Level.EXPERT.value();

    private LevelRadar() {}

    /** The direction of axis {@code i} of {@code n}, in radians with y pointing up. */
    public static double angle(int i, int n) {
        return Math.PI / 2 - 2 * Math.PI * i / n;
    }

    /** How far out a level stands, as a share of the radius; values outside the scale stand on its edge. */
    public static double share(double level) {
        return Math.clamp(level, 0, MAX) / MAX;
    }
}
