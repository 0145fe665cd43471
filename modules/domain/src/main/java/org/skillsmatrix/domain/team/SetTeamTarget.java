package org.skillsmatrix.domain.team;

import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;

/** Use case: a team's manager adds, changes or removes the team's targets. */
@Transactional
public class SetTeamTarget {

    private final TeamTargets targets;
    private final Teams teams;
    private final Catalog catalog;
    private final AccessPolicy policy;
    private final Auditor auditor;

    public SetTeamTarget(TeamTargets targets, Teams teams, Catalog catalog, AccessPolicy policy, Auditor auditor) {
        this.targets = targets;
        this.teams = teams;
        this.catalog = catalog;
        this.policy = policy;
        this.auditor = auditor;
    }

    /** The team's targets in the catalog's order of their skills: by category, then within it. */
    @ReadOnly
    public List<TeamTarget> targetsOf(Actor actor, TeamId team) {
        policy.check(actor, new Action.ReadTeam(team));
        var positions = new HashMap<SkillId, Integer>();
        var skills = catalog.skills();
        for (int i = 0; i < skills.size(); i++) {
            positions.put(skills.get(i).id(), i);
        }
        return targets.of(team).stream()
                .sorted(Comparator.comparingInt(target -> positions.getOrDefault(target.skill(), skills.size())))
                .toList();
    }

    /** The team's target for the skill, if it has one. */
    @ReadOnly
    public Optional<TeamTarget> targetOf(Actor actor, TeamId team, SkillId skill) {
        policy.check(actor, new Action.ReadTeam(team));
        return targets.find(team, skill);
    }

    /** Adds a target for a skill the team has none for; fails with ConcurrentEdit if someone added one first. */
    public TeamTarget add(Actor actor, TeamTarget target) {
        var skill = requireTargetable(actor, target);
        var added = targets.add(target);
        auditor.record(actor, "target.added", added.team(), describe(skill, added));
        return added;
    }

    /**
     * Changes a target read at {@code target.version()}; fails with ConcurrentEdit if it changed or went since. A
     * target saved as it is stored, at its stored version, is left alone: nothing is written and nothing audited.
     */
    public TeamTarget change(Actor actor, TeamTarget target) {
        var skill = requireTargetable(actor, target);
        var stored = targets.find(target.team(), target.skill());
        if (stored.isPresent()
                && stored.get().version() == target.version()
                && stored.get().level() == target.level()
                && stored.get().headcount() == target.headcount()) {
            return stored.get();
        }
        var changed = targets.update(target);
        auditor.record(actor, "target.changed", changed.team(), describe(skill, changed));
        return changed;
    }

    public void remove(Actor actor, TeamId team, SkillId skill, long version) {
        policy.check(actor, new Action.SetTeamTargets(team));
        targets.find(team, skill).orElseThrow(() -> new NotFound("Target for skill", skill));
        targets.remove(team, skill, version);
        var name = catalog.skill(skill).map(Skill::name).orElse(skill.toString());
        auditor.record(actor, "target.removed", team, name);
    }

    /** The policy and validation adding and changing share: the team's manager, an existing team and skill. */
    private Skill requireTargetable(Actor actor, TeamTarget target) {
        policy.check(actor, new Action.SetTeamTargets(target.team()));
        teams.byId(target.team()).orElseThrow(() -> new NotFound("Team", target.team()));
        var skill = catalog.skill(target.skill())
                .orElseThrow(() -> new InvalidInput("skill", "Choose a skill from the catalog"));
        if (skill.retired()) {
            throw new InvalidInput("skill", "'" + skill.name() + "' is retired and takes no new targets");
        }
        return skill;
    }

    private static String describe(Skill skill, TeamTarget target) {
        return skill.name() + ": " + target.headcount() + " at level "
                + target.level().value() + " or above";
    }
}
