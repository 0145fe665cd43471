package org.skillsmatrix.persistence.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A certification target's key: one target per team and certification. */
@Embeddable
record CertificationTargetKey(
        @Column(name = "team_id") UUID teamId,
        @Column(name = "certification_id") UUID certificationId) {}
