package org.skillsmatrix.domain.certification;

import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.team.SetVersionedTarget;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: a team's manager adds, changes or removes the team's certification targets ("2 holders of the CKA"),
 * as they do its skill targets, under the same permission and audited as targets of the team.
 */
@Transactional
public class SetCertificationTarget extends SetVersionedTarget<CertificationTarget, CertificationId, Certification> {

    private final CertificationTargets targets;
    private final Certifications certifications;
    private final Teams teams;
    private final AccessPolicy policy;

    public SetCertificationTarget(
            CertificationTargets targets,
            Certifications certifications,
            Teams teams,
            AccessPolicy policy,
            Auditor auditor) {
        super(targets, teams, policy, auditor);
        this.targets = targets;
        this.certifications = certifications;
        this.teams = teams;
        this.policy = policy;
    }

    /** The team's certification targets, by the certification's name. */
    @ReadOnly
    public List<CertificationTarget> targetsOf(Actor actor, TeamId team) {
        policy.check(actor, new Action.ReadTeam(team));
        teams.byId(team).orElseThrow(() -> new NotFound("Team", team));
        var names = names();
        return targets.of(team).stream()
                .sorted(Comparator.comparing(target -> names.getOrDefault(target.certification(), "")))
                .toList();
    }

    /** A certification of the catalog. */
    @Override
    protected Certification targetable(CertificationId subject) {
        return certifications
                .byId(subject)
                .orElseThrow(() -> new InvalidInput("certification", "Choose a certification from the catalog"));
    }

    @Override
    protected boolean sameSetting(CertificationTarget stored, CertificationTarget target) {
        return stored.holders() == target.holders();
    }

    @Override
    protected String describe(Certification certification, CertificationTarget target) {
        return certification.name() + ": " + target.holders() + " holders of a valid certificate";
    }

    @Override
    protected String nameOf(CertificationId certification) {
        return certifications.byId(certification).map(Certification::name).orElse(certification.toString());
    }

    @Override
    protected String targetName() {
        return "Target for certification";
    }

    private Map<CertificationId, String> names() {
        return certifications.all().stream().collect(Collectors.toMap(Certification::id, Certification::name));
    }
}
