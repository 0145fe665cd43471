package org.skillsmatrix.domain.certification;

import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.team.SetVersionedTarget;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: a team's manager adds, changes or removes the team's certification targets ("2 holders of the CKA"),
 * as they do its skill targets, under the same permission and audited as targets of the team.
 */
@Transactional
public class SetCertificationTarget extends SetVersionedTarget<CertificationTarget, CertificationId, Certification> {

    private final Certifications certifications;

    public SetCertificationTarget(
            CertificationTargets targets,
            Certifications certifications,
            Teams teams,
            AccessPolicy policy,
            Auditor auditor) {
        super(targets, teams, policy, auditor);
        this.certifications = certifications;
    }

    /** A certification of the catalog. */
    @Override
    protected Certification targetable(CertificationId subject) {
        return certifications
                .byId(subject)
                .orElseThrow(() -> new InvalidInput("certification", "certification.unknown"));
    }

    @Override
    protected boolean sameSetting(CertificationTarget stored, CertificationTarget target) {
        return stored.holders() == target.holders();
    }

    @Override
    protected String describe(Certification certification, CertificationTarget target) {
        return certification.name() + ": " + target.holders() + " holders of a valid certificate";
    }

    @Override
    protected String nameOf(CertificationId certification) {
        return certifications.byId(certification).map(Certification::name).orElse(certification.toString());
    }

    @Override
    protected String targetName() {
        return "Target for certification";
    }

    /** By the certification's name. */
    @Override
    protected Comparator<CertificationTarget> order() {
        var names = certifications.all().stream().collect(Collectors.toMap(Certification::id, Certification::name));
        return Comparator.comparing(target -> names.getOrDefault(target.certification(), ""));
    }
}
