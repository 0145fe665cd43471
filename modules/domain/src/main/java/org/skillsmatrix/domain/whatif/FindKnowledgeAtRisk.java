package org.skillsmatrix.domain.whatif;

import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.gap.CriticalHolding;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: knowledge at risk, for a team (its managers, HR) and for the organisation (HR). A person is at risk of
 * being missed when their leaving would break targets (met with nobody to spare, they being a holder) or leave a
 * skill held by nobody (they hold it alone: in the team at the level that counts there, in the organisation at
 * {@link org.skillsmatrix.domain.scale.Level#HOLDS_SKILL}). Ranked by targets broken, then skills held alone.
 */
@Transactional
@ReadOnly
public class FindKnowledgeAtRisk {

    private final Coverage coverage;
    private final Teams teams;
    private final People people;
    private final AccessPolicy policy;

    public FindKnowledgeAtRisk(Coverage coverage, Teams teams, People people, AccessPolicy policy) {
        this.coverage = coverage;
        this.teams = teams;
        this.people = people;
        this.policy = policy;
    }

    public KnowledgeAtRisk ofTeam(Actor actor, TeamId id) {
        policy.check(actor, new Action.ReadTeam(id));
        var team = teams.byId(id).orElseThrow(() -> new NotFound("Team", id));
        var soleHeld = new LinkedHashMap<PersonId, List<SkillId>>();
        for (var skill : coverage.ofTeam(id)) {
            var sole = skill.soleHolder();
            if (sole != null) {
                soleHeld.computeIfAbsent(sole, person -> new ArrayList<>()).add(skill.skill());
            }
        }
        return ranked(coverage.criticalHoldings(id), soleHeld, Map.of(team.id(), team.name()));
    }

    public KnowledgeAtRisk ofOrganisation(Actor actor) {
        policy.check(actor, new Action.ReadOrganisation());
        var soleHeld = new LinkedHashMap<PersonId, List<SkillId>>();
        for (var skill : coverage.ofOrganisation()) {
            var sole = skill.soleHolder();
            if (sole != null) {
                soleHeld.computeIfAbsent(sole, person -> new ArrayList<>()).add(skill.skill());
            }
        }
        var teamNames = teams.all().stream().collect(Collectors.toMap(Team::id, Team::name));
        return ranked(coverage.criticalHoldings(), soleHeld, teamNames);
    }

    /** Whether the actor may see the organisation's list. */
    public boolean mayReadOrganisation(Actor actor) {
        return policy.allows(actor, new Action.ReadOrganisation());
    }

    private KnowledgeAtRisk ranked(
            List<CriticalHolding> holdings, Map<PersonId, List<SkillId>> soleHeld, Map<TeamId, String> teamNames) {
        var names = people.byIds(KnowledgeAtRisk.people(holdings, soleHeld)).values().stream()
                .collect(Collectors.toMap(Person::id, Person::name));
        var usedTeams = holdings.stream().map(CriticalHolding::team).collect(Collectors.toSet());
        return new KnowledgeAtRisk(
                KnowledgeAtRisk.ranked(holdings, soleHeld, names),
                teamNames.entrySet().stream()
                        .filter(entry -> usedTeams.contains(entry.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
