package org.skillsmatrix.domain.gap;

import jakarta.transaction.Transactional;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.people.People;

/** Use case: organisation-wide coverage per skill, the riskiest skills first. */
@Transactional
@ReadOnly
public class AnalyseOrganisationGaps {

    private final Coverage coverage;
    private final People people;
    private final AccessPolicy policy;

    public AnalyseOrganisationGaps(Coverage coverage, People people, AccessPolicy policy) {
        this.coverage = coverage;
        this.people = people;
        this.policy = policy;
    }

    public OrganisationGaps analyse(Actor actor) {
        policy.check(actor, new Action.ReadOrganisation());
        var skills = coverage.ofOrganisation().stream()
                .sorted(OrganisationSkillCoverage.RISKIEST_FIRST)
                .toList();
        return new OrganisationGaps(
                skills, SoleHolders.named(people, skills.stream().map(OrganisationSkillCoverage::soleHolder)));
    }
}
