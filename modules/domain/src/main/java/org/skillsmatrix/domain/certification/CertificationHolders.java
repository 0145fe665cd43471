package org.skillsmatrix.domain.certification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

/**
 * Who holds which certificates: the certificates of some people with where each stands today, and, for each
 * certification target of a team, the members who hold a valid certificate ({@link CertificationCoverage}). For work
 * whose access was checked already: a report, a team's gaps.
 */
public final class CertificationHolders {

    private final CertificationTargets targets;
    private final Certifications certifications;
    private final Certificates certificates;
    private final CertificateValidity validity;

    public CertificationHolders(
            CertificationTargets targets,
            Certifications certifications,
            Certificates certificates,
            CertificateValidity validity) {
        this.targets = targets;
        this.certifications = certifications;
        this.certificates = certificates;
        this.validity = validity;
    }

    /**
     * The team's certification targets with their coverage by these members, the largest shortfall first, then by
     * the certification's name.
     */
    public List<CertificationCoverage> coverageOf(TeamId team, Set<PersonId> members) {
        var teamTargets = targets.of(team);
        if (teamTargets.isEmpty()) {
            return List.of();
        }
        var catalog = certifications.all().stream().collect(Collectors.toMap(Certification::id, Function.identity()));
        var held = certificates.of(members);
        var coverage = new ArrayList<CertificationCoverage>();
        for (var target : teamTargets) {
            var certification = catalog.get(target.certification());
            if (certification != null) {
                coverage.add(CertificationCoverage.of(target, certification, members, held, validity));
            }
        }
        coverage.sort(Comparator.comparingInt(CertificationCoverage::shortfall)
                .reversed()
                .thenComparing(covered -> covered.certification().name()));
        return List.copyOf(coverage);
    }

    /** The certificates of these people, by person, each person's soonest to expire first; people without any are left out. */
    public Map<PersonId, List<HeldCertificate>> held(Collection<PersonId> people) {
        var catalog = certifications.all().stream().collect(Collectors.toMap(Certification::id, Function.identity()));
        var held = new LinkedHashMap<PersonId, List<HeldCertificate>>();
        for (var certificate : certificates.of(people)) {
            var certification = catalog.get(certificate.certification());
            if (certification != null) {
                held.computeIfAbsent(certificate.person(), person -> new ArrayList<>())
                        .add(new HeldCertificate(certificate, certification, validity.status(certificate)));
            }
        }
        return held;
    }
}
