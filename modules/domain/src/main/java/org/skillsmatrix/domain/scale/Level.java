package org.skillsmatrix.domain.scale;

import org.skillsmatrix.domain.base.InvalidInput;

/** The five-step rating scale. The number is what users see and what is stored. */
public enum Level {
    NONE,
    AWARENESS,
    WORKING_KNOWLEDGE,
    PROFICIENT,
    EXPERT;

    /** The level that counts as holding a skill where a team has set no target of its own. */
    public static final Level HOLDS_SKILL = PROFICIENT;

    /** {@link #values()} copies its array at each call; a read of millions of ratings looks each level up here. */
    private static final Level[] BY_VALUE = values();

    public int value() {
        return ordinal();
    }

    public boolean isAtLeast(Level other) {
        return compareTo(other) >= 0;
    }

    public static Level of(int value) {
        if (value < 0 || value > 4) {
            throw new InvalidInput("level", "level.out-of-range", value);
        }
        return BY_VALUE[value];
    }
}
