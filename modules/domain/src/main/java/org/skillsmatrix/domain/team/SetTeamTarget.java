package org.skillsmatrix.domain.team;

import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;

/** Use case: a team's manager adds, changes or removes the team's targets of skills. */
@Transactional
public class SetTeamTarget extends SetVersionedTarget<TeamTarget, SkillId, Skill> {

    private final Catalog catalog;

    public SetTeamTarget(TeamTargets targets, Teams teams, Catalog catalog, AccessPolicy policy, Auditor auditor) {
        super(targets, teams, policy, auditor);
        this.catalog = catalog;
    }

    /** A skill of the catalog that is not retired. */
    @Override
    protected Skill targetable(SkillId subject) {
        var skill = catalog.skill(subject).orElseThrow(() -> new InvalidInput("skill", "skill.unknown"));
        if (skill.retired()) {
            throw new InvalidInput("skill", "skill.retired.targets", skill.name());
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

    /** The catalog's order of the skills: by category, then within it. */
    @Override
    protected Comparator<TeamTarget> order() {
        var positions = new HashMap<SkillId, Integer>();
        var skills = catalog.skills();
        for (int i = 0; i < skills.size(); i++) {
            positions.put(skills.get(i).id(), i);
        }
        return Comparator.comparingInt(target -> positions.getOrDefault(target.skill(), skills.size()));
    }
}
