package org.skillsmatrix.domain.calibration;

import jakarta.transaction.Transactional;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;

/** Use case: the team's managers and HR see where self and manager ratings diverge. */
@Transactional
@ReadOnly
public class CalibrateTeam {

    private final Matrices matrices;
    private final Catalog catalog;
    private final AccessPolicy policy;

    public CalibrateTeam(Matrices matrices, Catalog catalog, AccessPolicy policy) {
        this.matrices = matrices;
        this.catalog = catalog;
        this.policy = policy;
    }

    /** Divergences of {@code threshold} levels or more; see {@link TeamCalibration#DEFAULT_THRESHOLD}. */
    public TeamCalibration calibrate(Actor actor, TeamId team, int threshold) {
        policy.check(actor, new Action.ReadTeam(team));
        return TeamCalibration.of(matrices.ofTeam(team), catalog.skills(), threshold);
    }
}
