package org.skillsmatrix.domain.base;

import java.util.Objects;
import java.util.UUID;

/** Identifies a certification in the catalog, e.g. a cloud provider's or a Kubernetes certification. */
public record CertificationId(UUID value) {

    public CertificationId {
        Objects.requireNonNull(value, "certification id");
    }

    public static CertificationId random() {
        return new CertificationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
