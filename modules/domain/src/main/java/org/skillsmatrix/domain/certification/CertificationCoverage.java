package org.skillsmatrix.domain.certification;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.skillsmatrix.domain.base.PersonId;

/**
 * How a team covers one certification target: the target is met when at least {@code required} members hold a valid
 * certificate of the certification, one that has not expired ({@link CertificateStatus#valid()}: an expiring
 * certificate still counts).
 *
 * @param holders members holding a valid certificate of the certification
 * @param lapsed members whose certificates of it have all expired: they would count again once renewed
 */
public record CertificationCoverage(Certification certification, CertificationTarget target, int holders, int lapsed) {

    public CertificationCoverage {
        Objects.requireNonNull(certification, "certification");
        Objects.requireNonNull(target, "target");
        if (!certification.id().equals(target.certification())) {
            throw new IllegalArgumentException("the coverage is of the target's certification");
        }
        if (holders < 0 || lapsed < 0) {
            throw new IllegalArgumentException("holders are counted from zero");
        }
    }

    /**
     * Counts the target's holders among the team's members.
     *
     * @param members the team's active members
     * @param certificates certificates of at least those members; others' and other certifications' are ignored
     */
    public static CertificationCoverage of(
            CertificationTarget target,
            Certification certification,
            Set<PersonId> members,
            Collection<Certificate> certificates,
            CertificateValidity validity) {
        var holding = new HashSet<PersonId>();
        var expired = new HashSet<PersonId>();
        for (var certificate : certificates) {
            if (!members.contains(certificate.person())
                    || !certificate.certification().equals(target.certification())) {
                continue;
            }
            if (validity.status(certificate).valid()) {
                holding.add(certificate.person());
            } else {
                expired.add(certificate.person());
            }
        }
        expired.removeAll(holding);
        return new CertificationCoverage(certification, target, holding.size(), expired.size());
    }

    public int required() {
        return target.holders();
    }

    public int shortfall() {
        return Math.max(0, required() - holders);
    }

    public boolean met() {
        return shortfall() == 0;
    }
}
