package org.skillsmatrix.domain.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.Certifications;

/** {@link Certifications} in memory. */
public class InMemoryCertifications implements Certifications {

    private final Map<CertificationId, Certification> certifications = new LinkedHashMap<>();

    @Override
    public synchronized List<Certification> all() {
        return certifications.values().stream()
                .sorted(Comparator.comparing(
                        certification -> certification.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Override
    public synchronized Optional<Certification> byId(CertificationId id) {
        return Optional.ofNullable(certifications.get(id));
    }

    @Override
    public synchronized Certification add(Certification certification) {
        var key = certification.name().toLowerCase(Locale.ROOT);
        if (certifications.values().stream()
                .anyMatch(existing -> existing.name().toLowerCase(Locale.ROOT).equals(key))) {
            throw new InvalidInput("name", "certification.name-taken", certification.name());
        }
        var added = new Certification(certification.id(), certification.name(), certification.skill(), 0);
        certifications.put(added.id(), added);
        return added;
    }
}
