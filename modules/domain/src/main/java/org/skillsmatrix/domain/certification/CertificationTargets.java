package org.skillsmatrix.domain.certification;

import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.team.VersionedTargets;

/** Port: teams' certification targets, at most one per team and certification. */
public interface CertificationTargets extends VersionedTargets<CertificationTarget, CertificationId> {}
