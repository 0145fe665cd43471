package org.skillsmatrix.domain.certification;

import java.util.Objects;

/** A certificate as shown: with its certification and where it stands today. */
public record HeldCertificate(Certificate certificate, Certification certification, CertificateStatus status) {

    public HeldCertificate {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(certification, "certification");
        Objects.requireNonNull(status, "status");
    }
}
