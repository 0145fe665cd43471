package org.skillsmatrix.domain.certification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

/** Counts, for each certification target of a team, the members who hold a valid certificate. */
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
}
