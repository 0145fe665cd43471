package org.skillsmatrix.domain.readmodel;

/**
 * Port: the read model kept current on every write (current ratings per person and skill, the counts per team,
 * skill and level, their changes through time), derived from the history, which stays the source of truth.
 */
public interface ReadModel {

    /** Compares every part of the read model with what the history, the people and the teams give now. */
    ReadModelCheck verify();

    /** Empties the read model and derives it again from the history; writers and readers wait meanwhile. */
    void rebuild();
}
