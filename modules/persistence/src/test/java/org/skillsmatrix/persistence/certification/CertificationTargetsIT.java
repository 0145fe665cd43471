package org.skillsmatrix.persistence.certification;

import org.junit.jupiter.api.Nested;
import org.skillsmatrix.domain.certification.CertificationTargets;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.domain.testing.CertificationTargetsContract;
import org.skillsmatrix.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;

class CertificationTargetsIT extends PersistenceIT {

    @Autowired
    CertificationTargets targets;

    @Autowired
    Teams teams;

    @Autowired
    Certifications certifications;

    @Nested
    class KeepsTheContract extends CertificationTargetsContract {

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
}
