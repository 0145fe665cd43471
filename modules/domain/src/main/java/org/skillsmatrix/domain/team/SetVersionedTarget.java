package org.skillsmatrix.domain.team;

import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.TeamId;

/**
 * The one way a team's manager adds, changes or removes a target of the team, whatever it is set for (a skill, a
 * certification): under the permission to set the team's targets, for an existing team and a subject that takes
 * targets, at versions (a lost race fails with ConcurrentEdit), audited as {@code target.added}, {@code
 * target.changed} and {@code target.removed} of the team; a target saved as it is stored writes nothing.
 *
 * @param <T> the target
 * @param <K> the id of what it is set for
 * @param <S> what it is set for, as the audit describes it
 */
@Transactional
public abstract class SetVersionedTarget<T extends VersionedTarget<K>, K, S> {

    private final VersionedTargets<T, K> targets;
    private final Teams teams;
    private final AccessPolicy policy;
    private final Auditor auditor;

    protected SetVersionedTarget(VersionedTargets<T, K> targets, Teams teams, AccessPolicy policy, Auditor auditor) {
        this.targets = targets;
        this.teams = teams;
        this.policy = policy;
        this.auditor = auditor;
    }

    /** The subject a target may be set for; fails with InvalidInput if there is none or it takes no targets. */
    protected abstract S targetable(K subject);

    /** Whether the two ask for the same, whatever their versions. */
    protected abstract boolean sameSetting(T stored, T target);

    /** The audit's description of a target added or changed. */
    protected abstract String describe(S subject, T target);

    /** The audit's name of a subject whose target was removed: its name, or its id where it is gone. */
    protected abstract String nameOf(K subject);

    /** The NotFound's name of a missing target, e.g. "Target for skill". */
    protected abstract String targetName();

    /** The order a team's targets are listed in: that of their subjects, as the catalog lists them. */
    protected abstract Comparator<T> order();

    /** The team's targets, in {@link #order()}; fails with NotFound if there is no such team. */
    @ReadOnly
    public List<T> targetsOf(Actor actor, TeamId team) {
        policy.check(actor, new Action.ReadTeam(team));
        teams.byId(team).orElseThrow(() -> new NotFound("Team", team));
        return targets.of(team).stream().sorted(order()).toList();
    }

    /** The team's target for the subject, if it has one. */
    @ReadOnly
    public Optional<T> targetOf(Actor actor, TeamId team, K subject) {
        policy.check(actor, new Action.ReadTeam(team));
        return targets.find(team, subject);
    }

    /** Adds a target for a subject the team has none for; fails with ConcurrentEdit if someone added one first. */
    public T add(Actor actor, T target) {
        var subject = requireTargetable(actor, target);
        var added = targets.add(target);
        auditor.record(actor, "target.added", added.team(), describe(subject, added));
        return added;
    }

    /**
     * Changes a target read at {@code target.version()}; fails with ConcurrentEdit if it changed or went since. A
     * target saved as it is stored, at its stored version, is left alone: nothing is written and nothing audited.
     */
    public T change(Actor actor, T target) {
        var subject = requireTargetable(actor, target);
        var stored = targets.find(target.team(), target.subject());
        if (stored.isPresent() && stored.get().version() == target.version() && sameSetting(stored.get(), target)) {
            return stored.get();
        }
        var changed = targets.update(target);
        auditor.record(actor, "target.changed", changed.team(), describe(subject, changed));
        return changed;
    }

    /** Removes the target read at {@code version}; fails with ConcurrentEdit if it changed or went since. */
    public void remove(Actor actor, TeamId team, K subject, long version) {
        policy.check(actor, new Action.SetTeamTargets(team));
        targets.find(team, subject).orElseThrow(() -> new NotFound(targetName(), subject));
        targets.remove(team, subject, version);
        auditor.record(actor, "target.removed", team, nameOf(subject));
    }

    /** The policy and validation adding and changing share: the team's manager, an existing team and subject. */
    private S requireTargetable(Actor actor, T target) {
        policy.check(actor, new Action.SetTeamTargets(target.team()));
        teams.byId(target.team()).orElseThrow(() -> new NotFound("Team", target.team()));
        return targetable(target.subject());
    }
}
