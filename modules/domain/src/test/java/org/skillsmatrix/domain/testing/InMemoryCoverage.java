package org.skillsmatrix.domain.testing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.gap.CriticalHolding;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;

/** {@link Coverage} computed with {@link GapAnalysis} over the other in-memory stores, so it keeps the rules. */
public class InMemoryCoverage implements Coverage {

    private final Catalog catalog;
    private final Teams teams;
    private final People people;
    private final TeamTargets targets;
    private final InMemoryAssessments assessments;

    public InMemoryCoverage(
            Catalog catalog, Teams teams, People people, TeamTargets targets, InMemoryAssessments assessments) {
        this.catalog = catalog;
        this.teams = teams;
        this.people = people;
        this.targets = targets;
        this.assessments = assessments;
    }

    @Override
    public List<SkillCoverage> ofTeam(TeamId team) {
        var activeMembers = teams.byId(team).map(Team::members).orElse(Set.of()).stream()
                .filter(this::active)
                .collect(Collectors.toSet());
        return GapAnalysis.teamCoverage(
                catalog.skills(), activeMembers, assessments.current(activeMembers), targets.of(team));
    }

    @Override
    public List<OrganisationSkillCoverage> ofOrganisation() {
        var activePeople =
                people.all().stream().filter(Person::active).map(Person::id).collect(Collectors.toSet());
        return GapAnalysis.organisationCoverage(
                catalog.skills(), activePeople, teams.all(), assessments.current(activePeople), targets.all());
    }

    @Override
    public List<CriticalHolding> criticalHoldings(TeamId team) {
        return criticalHoldings().stream()
                .filter(holding -> holding.team().equals(team))
                .toList();
    }

    @Override
    public List<CriticalHolding> criticalHoldings() {
        var activePeople =
                people.all().stream().filter(Person::active).map(Person::id).collect(Collectors.toSet());
        return GapAnalysis.criticalHoldings(
                catalog.skills(), activePeople, teams.all(), assessments.current(activePeople), targets.all());
    }

    private boolean active(PersonId person) {
        return people.byId(person).map(Person::active).orElse(false);
    }
}
