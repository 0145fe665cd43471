package org.skillsmatrix.domain.report;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.certification.CertificateStatus;

/**
 * A certificate as a report lists it.
 *
 * @param status where it stands on the report's day
 * @param verifiedBy the name of the manager who verified it, if one did
 */
public record CertificateLine(
        String person,
        String certification,
        LocalDate issued,
        LocalDate expires,
        CertificateStatus status,
        @Nullable String verifiedBy,
        @Nullable LocalDate verifiedOn) {

    public CertificateLine {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(certification, "certification");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(status, "status");
    }
}
