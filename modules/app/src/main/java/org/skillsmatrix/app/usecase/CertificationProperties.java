package org.skillsmatrix.app.usecase;

import java.time.Period;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.certification.CertificateValidity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Certificates ({@code skills-matrix.certifications.*}): how long before its expiry date a certificate is flagged as
 * expiring (an ISO-8601 period such as {@code P60D} or {@code P3M}; by default 60 days; zero flags only the last day).
 */
@ConfigurationProperties("skills-matrix.certifications")
record CertificationProperties(@Nullable Period expiringWithin) {

    CertificationProperties {
        expiringWithin = expiringWithin == null ? CertificateValidity.DEFAULT_EXPIRING_WITHIN : expiringWithin;
        if (expiringWithin.isNegative()) {
            throw new IllegalArgumentException(
                    "skills-matrix.certifications.expiring-within must not be negative, not " + expiringWithin);
        }
    }

    @Override
    public Period expiringWithin() {
        return Objects.requireNonNull(expiringWithin);
    }
}
