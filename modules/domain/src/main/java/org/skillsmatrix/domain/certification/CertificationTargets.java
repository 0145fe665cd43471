package org.skillsmatrix.domain.certification;

import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.TeamId;

/** Port: teams' certification targets, at most one per team and certification. */
public interface CertificationTargets {

    List<CertificationTarget> of(TeamId team);

    Optional<CertificationTarget> find(TeamId team, CertificationId certification);

    /**
     * Stores a new target, whatever {@code target.version()} says, and returns it at its first version. Fails with
     * ConcurrentEdit when the team already has a target for the certification: someone else created it first.
     */
    CertificationTarget add(CertificationTarget target);

    /**
     * Replaces the target read at {@code target.version()} and returns it at the next version. Fails with
     * ConcurrentEdit when the stored version differs or the target was removed in the meantime.
     */
    CertificationTarget update(CertificationTarget target);

    /** Removes the target; fails with ConcurrentEdit on a stale version or when it is gone already. */
    void remove(TeamId team, CertificationId certification, long version);
}
