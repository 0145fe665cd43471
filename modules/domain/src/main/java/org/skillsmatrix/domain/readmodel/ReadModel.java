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

    /**
     * Runs appends of assessments in bulk (a whole organisation at its first start) without refreshing the read
     * model statement by statement, then rebuilds it from the history once; all in the caller's transaction, where
     * other writers of assessments wait meanwhile. For millions of assessments far cheaper than the refresh of each
     * statement's pairs.
     */
    void rebuiltAfter(Runnable bulkAppends);
}
