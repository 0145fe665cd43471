package org.skillsmatrix.domain.setup;

/**
 * How far an organisation is set up: a team with members, a catalog someone has reviewed (changed, or described a
 * role with a role profile), a team target, and a first rating.
 */
public record SetupProgress(boolean peopleAndTeams, boolean catalogReviewed, boolean targetsSet, boolean rated) {

    /** Every step done: nothing more to show. */
    public boolean complete() {
        return peopleAndTeams && catalogReviewed && targetsSet && rated;
    }
}
