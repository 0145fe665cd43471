package org.skillsmatrix.api.certification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.certification.CertificateStatus;
import org.skillsmatrix.domain.certification.HeldCertificate;

/** A person's certificate, with where it stands today. */
@Schema(name = "Certificate")
record CertificateDto(
        UUID id,
        UUID person,
        CertificationDto certification,
        LocalDate issued,
        @Schema(description = "Valid through this day") LocalDate expires,

        @Schema(
                description = "VALID, EXPIRING (within skills-matrix.certifications.expiring-within, 60 days unless"
                        + " configured) or EXPIRED")
        CertificateStatus status,

        @Schema(description = "An http or https link") @Nullable
        String evidence,

        @Schema(description = "The manager who verified it") @Nullable
        UUID verifiedBy,

        @Nullable Instant verifiedAt) {

    static CertificateDto of(HeldCertificate held) {
        var certificate = held.certificate();
        var verifier = certificate.verifiedBy();
        return new CertificateDto(
                certificate.id().value(),
                certificate.person().value(),
                CertificationDto.of(held.certification()),
                certificate.issued(),
                certificate.expires(),
                held.status(),
                certificate.evidence(),
                verifier == null ? null : verifier.value(),
                certificate.verifiedAt());
    }
}
