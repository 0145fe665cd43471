package org.skillsmatrix.domain.certification;

import java.util.Objects;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.team.VersionedTarget;

/**
 * A team target of the second kind: "{@code holders} members holding a valid certificate of {@code certification}"
 * (e.g. two holders of the Certified Kubernetes Administrator). At most one per team and certification.
 */
public record CertificationTarget(TeamId team, CertificationId certification, int holders, long version)
        implements VersionedTarget<CertificationId> {

    public static final int MAX_HOLDERS = 1000;

    public CertificationTarget {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(certification, "certification");
        requireHolders(holders);
    }

    /** A number of holders a target may ask for: from 1 to {@link #MAX_HOLDERS}. */
    public static void requireHolders(int holders) {
        if (holders < 1 || holders > MAX_HOLDERS) {
            throw new InvalidInput("holders", "certification-target.holders-out-of-range", MAX_HOLDERS);
        }
    }

    /** The certification. */
    @Override
    public CertificationId subject() {
        return certification;
    }
}
