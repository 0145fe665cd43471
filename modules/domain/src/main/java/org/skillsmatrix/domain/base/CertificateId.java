package org.skillsmatrix.domain.base;

import java.util.Objects;
import java.util.UUID;

/** Identifies a certificate: one person's holding of a certification, with its dates. */
public record CertificateId(UUID value) {

    public CertificateId {
        Objects.requireNonNull(value, "certificate id");
    }

    public static CertificateId random() {
        return new CertificateId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
