package org.skillsmatrix.domain.team;

import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;

/** Use case: a team's manager adds, changes or removes the team's targets of skills. */
@Transactional
public class SetTeamTarget extends SetVersionedTarget<TeamTarget, SkillId, Skill> {

    private final TeamTargets targets;
    private final Catalog catalog;
    private final AccessPolicy policy;

    public SetTeamTarget(TeamTargets targets, Teams teams, Catalog catalog, AccessPolicy policy, Auditor auditor) {
        super(targets, teams, policy, auditor);
        this.targets = targets;
        this.catalog = catalog;
        this.policy = policy;
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

    /** A skill of the catalog that is not retired. */
    @Override
    protected Skill targetable(SkillId subject) {
        var skill =
                catalog.skill(subject).orElseThrow(() -> new InvalidInput("skill", "Choose a skill from the catalog"));
        if (skill.retired()) {
            throw new InvalidInput("skill", "'" + skill.name() + "' is retired and takes no new targets");
        }
        return skill;
    }

    @Override
    protected boolean sameSetting(TeamTarget stored, TeamTarget target) {
        return stored.level() == target.level() && stored.headcount() == target.headcount();
    }

    @Override
    protected String describe(Skill skill, TeamTarget target) {
        return skill.name() + ": " + target.headcount() + " at level "
                + target.level().value() + " or above";
    }

    @Override
    protected String nameOf(SkillId skill) {
        return catalog.skill(skill).map(Skill::name).orElse(skill.toString());
    }

    @Override
    protected String targetName() {
        return "Target for skill";
    }
}
