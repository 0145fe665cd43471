package org.skillsmatrix.ui.base;

import org.skillsmatrix.domain.scale.Interest;

/** The bundle keys of a person's interest in a skill. */
public final class Interests {

    private Interests() {}

    public static String key(Interest interest) {
        return switch (interest) {
            case WANTS_TO_GROW -> "interest.wants-to-grow";
            case NEUTRAL -> "interest.neutral";
            case RATHER_NOT -> "interest.rather-not";
        };
    }
}
