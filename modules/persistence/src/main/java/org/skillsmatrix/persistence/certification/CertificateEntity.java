package org.skillsmatrix.persistence.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.persistence.base.JdbcValues;

@Entity
@Table(name = "certificate")
class CertificateEntity {

    @Id
    private UUID id;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "certification_id")
    private UUID certificationId;

    private LocalDate issued;

    private LocalDate expires;

    private @Nullable String evidence;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "verified_by")
    private @Nullable UUID verifiedBy;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    @Version
    private long version;

    protected CertificateEntity() {
        this.id = new UUID(0, 0);
        this.personId = id;
        this.certificationId = id;
        this.issued = LocalDate.EPOCH;
        this.expires = LocalDate.EPOCH;
        this.recordedAt = Instant.EPOCH;
    }

    CertificateEntity(Certificate certificate) {
        this.id = certificate.id().value();
        this.personId = certificate.person().value();
        this.certificationId = certificate.certification().value();
        this.issued = certificate.issued();
        this.expires = certificate.expires();
        this.evidence = certificate.evidence();
        this.recordedAt = JdbcValues.stored(certificate.recordedAt());
        apply(certificate);
    }

    /** What changes after a certificate is recorded: who verified it, and when. */
    void apply(Certificate certificate) {
        var verifier = certificate.verifiedBy();
        var at = certificate.verifiedAt();
        this.verifiedBy = verifier == null ? null : verifier.value();
        this.verifiedAt = at == null ? null : JdbcValues.stored(at);
    }

    long version() {
        return version;
    }

    Certificate toDomain() {
        return new Certificate(
                new CertificateId(id),
                new PersonId(personId),
                new CertificationId(certificationId),
                issued,
                expires,
                evidence,
                recordedAt,
                verifiedBy == null ? null : new PersonId(verifiedBy),
                verifiedAt,
                version);
    }
}
