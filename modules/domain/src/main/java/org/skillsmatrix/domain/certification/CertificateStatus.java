package org.skillsmatrix.domain.certification;

/** Where a certificate stands on a day; see {@link CertificateValidity}. */
public enum CertificateStatus {
    VALID,
    /** Still valid, but expires within the configured window. */
    EXPIRING,
    EXPIRED;

    /** Whether the certificate counts as held: valid or expiring, not expired. */
    public boolean valid() {
        return this != EXPIRED;
    }
}
