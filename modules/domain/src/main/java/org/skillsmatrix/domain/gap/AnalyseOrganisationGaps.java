package org.skillsmatrix.domain.gap;

import jakarta.transaction.Transactional;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;

/**
 * Use case: organisation-wide coverage per skill, the riskiest skills first, its counts of people shown under the
 * privacy threshold.
 */
@Transactional
@ReadOnly
public class AnalyseOrganisationGaps {

    private final Coverage coverage;
    private final People people;
    private final AccessPolicy policy;
    private final PrivacyThreshold privacy;

    public AnalyseOrganisationGaps(Coverage coverage, People people, AccessPolicy policy, PrivacyThreshold privacy) {
        this.coverage = coverage;
        this.people = people;
        this.policy = policy;
        this.privacy = privacy;
    }

    public OrganisationGaps analyse(Actor actor) {
        policy.check(actor, new Action.ReadOrganisation());
        var skills = coverage.ofOrganisation().stream()
                .sorted(OrganisationSkillCoverage.RISKIEST_FIRST)
                .toList();
        return new OrganisationGaps(
                skills, SoleHolders.named(people, skills.stream().map(OrganisationSkillCoverage::soleHolder)), privacy);
    }
}
