package org.skillsmatrix.domain.team;

import jakarta.transaction.Transactional;
import java.util.List;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;

/** Use case: a team's manager sets or removes the team's targets. */
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

    public List<TeamTarget> targetsOf(Actor actor, TeamId team) {
        policy.check(actor, new Action.ReadTeam(team));
        return targets.of(team);
    }

    /** Sets a target; {@code target.version()} is 0 for a new one, else the version it was read at. */
    public TeamTarget set(Actor actor, TeamTarget target) {
        policy.check(actor, new Action.SetTeamTargets(target.team()));
        teams.byId(target.team()).orElseThrow(() -> new NotFound("Team", target.team()));
        var skill = catalog.skill(target.skill())
                .orElseThrow(() -> new InvalidInput("skill", "Choose a skill from the catalog"));
        if (skill.retired()) {
            throw new InvalidInput("skill", "'" + skill.name() + "' is retired and takes no new targets");
        }
        var stored = targets.put(target);
        auditor.record(
                actor,
                "target.set",
                target.team(),
                skill.name() + ": " + stored.headcount() + " at level "
                        + stored.level().value() + " or above");
        return stored;
    }

    public void remove(Actor actor, TeamId team, SkillId skill, long version) {
        policy.check(actor, new Action.SetTeamTargets(team));
        targets.find(team, skill).orElseThrow(() -> new NotFound("Target for skill", skill));
        targets.remove(team, skill, version);
        auditor.record(actor, "target.removed", team, skill.toString());
    }
}
