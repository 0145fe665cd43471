package org.skillsmatrix.domain.gap;

import jakarta.transaction.Transactional;
import java.util.List;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;

/** Use case: organisation-wide coverage per skill, the riskiest skills first. */
@Transactional
public class AnalyseOrganisationGaps {

    private final Coverage coverage;
    private final AccessPolicy policy;

    public AnalyseOrganisationGaps(Coverage coverage, AccessPolicy policy) {
        this.coverage = coverage;
        this.policy = policy;
    }

    public List<OrganisationSkillCoverage> analyse(Actor actor) {
        policy.check(actor, new Action.ReadOrganisation());
        return coverage.ofOrganisation().stream()
                .sorted(OrganisationSkillCoverage.RISKIEST_FIRST)
                .toList();
    }
}
