package org.skillsmatrix.domain.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.Person;

/** The certificates of some people as report lines: by person's name, each person's soonest to expire first. */
final class CertificateLines {

    private CertificateLines() {}

    static List<CertificateLine> of(ReportSources sources, Collection<PersonId> people) {
        var held = sources.certificationHolders().held(people);
        var verifiers = held.values().stream()
                .flatMap(List::stream)
                .map(certificate -> certificate.certificate().verifiedBy())
                .filter(Objects::nonNull)
                .toList();
        var names = new HashMap<PersonId, String>();
        sources.people().byIds(held.keySet()).forEach((id, person) -> names.put(id, person.name()));
        sources.people().byIds(verifiers).forEach((id, person) -> names.put(id, person.name()));
        var lines = new ArrayList<CertificateLine>();
        held.forEach((person, certificates) -> {
            for (var certificate : certificates) {
                var stored = certificate.certificate();
                var verifier = stored.verifiedBy();
                var at = stored.verifiedAt();
                lines.add(new CertificateLine(
                        names.getOrDefault(person, person.toString()),
                        certificate.certification().name(),
                        stored.issued(),
                        stored.expires(),
                        certificate.status(),
                        verifier == null ? null : names.getOrDefault(verifier, verifier.toString()),
                        at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC)));
            }
        });
        lines.sort(Comparator.comparing(CertificateLine::person, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(CertificateLine::expires));
        return lines;
    }

    /** The active people among these. */
    static List<PersonId> active(ReportSources sources, Collection<PersonId> people) {
        return sources.people().byIds(people).values().stream()
                .filter(Person::active)
                .map(Person::id)
                .toList();
    }
}
