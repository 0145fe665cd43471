package org.skillsmatrix.domain.team;

import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.TeamId;

/**
 * Port shape shared by the stores of a team's targets of every kind: at most one target per team and subject.
 *
 * @param <T> the target
 * @param <K> the id of what it is set for
 */
public interface VersionedTargets<T extends VersionedTarget<K>, K> {

    List<T> of(TeamId team);

    Optional<T> find(TeamId team, K subject);

    /**
     * Stores a new target, whatever {@code target.version()} says, and returns it at its first version. Fails with
     * ConcurrentEdit when the team already has a target for the subject: someone else created it first.
     */
    T add(T target);

    /**
     * Replaces the target read at {@code target.version()} and returns it at the next version. Fails with
     * ConcurrentEdit when the stored version differs or the target was removed in the meantime.
     */
    T update(T target);

    /** Removes the target; fails with ConcurrentEdit on a stale version or when it is gone already. */
    void remove(TeamId team, K subject, long version);
}
