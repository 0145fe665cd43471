package org.skillsmatrix.domain.testing;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certificates;

/** {@link Certificates} in memory: a new certificate at version 0, each update one more. */
public class InMemoryCertificates implements Certificates {

    private final Map<CertificateId, Certificate> certificates = new LinkedHashMap<>();

    @Override
    public synchronized Certificate add(Certificate certificate) {
        var added = atVersion(certificate, 0);
        if (certificates.putIfAbsent(certificate.id(), added) != null) {
            throw new ConcurrentEdit("This certificate");
        }
        return added;
    }

    @Override
    public synchronized Certificate update(Certificate certificate) {
        var stored = certificates.get(certificate.id());
        if (stored == null || stored.version() != certificate.version()) {
            throw new ConcurrentEdit("This certificate");
        }
        var updated = atVersion(certificate, certificate.version() + 1);
        certificates.put(certificate.id(), updated);
        return updated;
    }

    @Override
    public synchronized Optional<Certificate> byId(CertificateId id) {
        return Optional.ofNullable(certificates.get(id));
    }

    @Override
    public synchronized List<Certificate> of(Collection<PersonId> people) {
        return certificates.values().stream()
                .filter(certificate -> people.contains(certificate.person()))
                .sorted(Comparator.comparing(Certificate::expires))
                .toList();
    }

    private static Certificate atVersion(Certificate certificate, long version) {
        return new Certificate(
                certificate.id(),
                certificate.person(),
                certificate.certification(),
                certificate.issued(),
                certificate.expires(),
                certificate.evidence(),
                certificate.recordedAt(),
                certificate.verifiedBy(),
                certificate.verifiedAt(),
                version);
    }
}
