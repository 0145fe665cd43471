package org.skillsmatrix.domain.certification;

import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: a team's manager adds, changes or removes the team's certification targets ("2 holders of the CKA"),
 * as they do its skill targets, under the same permission and audited as targets of the team.
 */
@Transactional
public class SetCertificationTarget {

    private final CertificationTargets targets;
    private final Certifications certifications;
    private final Teams teams;
    private final AccessPolicy policy;
    private final Auditor auditor;

    public SetCertificationTarget(
            CertificationTargets targets,
            Certifications certifications,
            Teams teams,
            AccessPolicy policy,
            Auditor auditor) {
        this.targets = targets;
        this.certifications = certifications;
        this.teams = teams;
        this.policy = policy;
        this.auditor = auditor;
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

    /** The team's target for the certification, if it has one. */
    @ReadOnly
    public Optional<CertificationTarget> targetOf(Actor actor, TeamId team, CertificationId certification) {
        policy.check(actor, new Action.ReadTeam(team));
        return targets.find(team, certification);
    }

    /** Adds a target for a certification the team has none for; fails with ConcurrentEdit if someone added one first. */
    public CertificationTarget add(Actor actor, CertificationTarget target) {
        var certification = requireTargetable(actor, target);
        var added = targets.add(target);
        auditor.record(actor, "target.added", added.team(), describe(certification, added));
        return added;
    }

    /**
     * Changes a target read at {@code target.version()}; fails with ConcurrentEdit if it changed or went since. A
     * target saved as it is stored, at its stored version, is left alone: nothing is written and nothing audited.
     */
    public CertificationTarget change(Actor actor, CertificationTarget target) {
        var certification = requireTargetable(actor, target);
        var stored = targets.find(target.team(), target.certification());
        if (stored.isPresent()
                && stored.get().version() == target.version()
                && stored.get().holders() == target.holders()) {
            return stored.get();
        }
        var changed = targets.update(target);
        auditor.record(actor, "target.changed", changed.team(), describe(certification, changed));
        return changed;
    }

    public void remove(Actor actor, TeamId team, CertificationId certification, long version) {
        policy.check(actor, new Action.SetTeamTargets(team));
        targets.find(team, certification).orElseThrow(() -> new NotFound("Target for certification", certification));
        targets.remove(team, certification, version);
        var name = certifications.byId(certification).map(Certification::name).orElse(certification.toString());
        auditor.record(actor, "target.removed", team, name);
    }

    private Certification requireTargetable(Actor actor, CertificationTarget target) {
        policy.check(actor, new Action.SetTeamTargets(target.team()));
        teams.byId(target.team()).orElseThrow(() -> new NotFound("Team", target.team()));
        return certifications
                .byId(target.certification())
                .orElseThrow(() -> new InvalidInput("certification", "Choose a certification from the catalog"));
    }

    private Map<CertificationId, String> names() {
        return certifications.all().stream().collect(Collectors.toMap(Certification::id, Certification::name));
    }

    private static String describe(Certification certification, CertificationTarget target) {
        return certification.name() + ": " + target.holders() + " holders of a valid certificate";
    }
}
