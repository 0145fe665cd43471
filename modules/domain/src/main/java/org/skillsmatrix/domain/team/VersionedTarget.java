package org.skillsmatrix.domain.team;

import org.skillsmatrix.domain.base.TeamId;

/**
 * A team's target of any kind, at most one per team and {@code subject} (a skill, a certification), stored at a
 * version that a change or removal must name.
 *
 * @param <K> the id of what the target is set for
 */
public interface VersionedTarget<K> {

    TeamId team();

    /** What the target is set for. */
    K subject();

    long version();
}
