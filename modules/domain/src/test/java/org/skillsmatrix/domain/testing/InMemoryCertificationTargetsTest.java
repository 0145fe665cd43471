package org.skillsmatrix.domain.testing;

import org.skillsmatrix.domain.certification.CertificationTargets;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.team.Teams;

class InMemoryCertificationTargetsTest extends CertificationTargetsContract {

    private final InMemoryCertificationTargets targets = new InMemoryCertificationTargets();
    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryCertifications certifications = new InMemoryCertifications();

    @Override
    protected CertificationTargets targets() {
        return targets;
    }

    @Override
    protected Teams teams() {
        return teams;
    }

    @Override
    protected Certifications certifications() {
        return certifications;
    }
}
