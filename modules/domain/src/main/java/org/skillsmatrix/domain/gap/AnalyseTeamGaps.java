package org.skillsmatrix.domain.gap;

import jakarta.transaction.Transactional;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;

/** Use case: a team's coverage against its targets, bus factor and roll-up per category. */
@Transactional
@ReadOnly
public class AnalyseTeamGaps {

    private final Coverage coverage;
    private final Teams teams;
    private final Catalog catalog;
    private final People people;
    private final AccessPolicy policy;

    public AnalyseTeamGaps(Coverage coverage, Teams teams, Catalog catalog, People people, AccessPolicy policy) {
        this.coverage = coverage;
        this.teams = teams;
        this.catalog = catalog;
        this.people = people;
        this.policy = policy;
    }

    public TeamGaps analyse(Actor actor, TeamId id) {
        policy.check(actor, new Action.ReadTeam(id));
        var team = teams.byId(id).orElseThrow(() -> new NotFound("Team", id));
        var skills = coverage.ofTeam(id);
        var rollups = CategoryRollup.of(skills, catalog.skills());
        return new TeamGaps(
                team,
                skills.stream().sorted(SkillCoverage.RISKIEST_FIRST).toList(),
                rollups,
                SoleHolders.named(people, skills.stream().map(SkillCoverage::soleHolder)));
    }
}
