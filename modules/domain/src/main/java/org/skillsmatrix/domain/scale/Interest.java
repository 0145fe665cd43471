package org.skillsmatrix.domain.scale;

/** Whether a person wants to grow in a skill; part of their own rating. */
public enum Interest {
    WANTS_TO_GROW,
    NEUTRAL,
    RATHER_NOT
}
