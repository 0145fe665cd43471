package org.skillsmatrix.domain.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;

/** Whether teams meet their targets, counted as a team's gaps count them (stale ratings one level lower if set). */
public final class TargetCoverage {

    private final Coverage coverage;
    private final Matrices matrices;
    private final TeamTargets targets;
    private final Catalog catalog;
    private final RatingAge age;

    public TargetCoverage(Coverage coverage, Matrices matrices, TeamTargets targets, Catalog catalog, RatingAge age) {
        this.coverage = coverage;
        this.matrices = matrices;
        this.targets = targets;
        this.catalog = catalog;
        this.age = age;
    }

    /** The coverage of each of these teams that set any target. */
    public Map<Team, List<SkillCoverage>> ofTeamsWithTargets(Collection<Team> teams) {
        var withTargets = targets.all().stream().map(TeamTarget::team).collect(Collectors.toSet());
        var result = new LinkedHashMap<Team, List<SkillCoverage>>();
        for (var team : teams) {
            if (withTargets.contains(team.id())) {
                result.put(team, of(team));
            }
        }
        return result;
    }

    private List<SkillCoverage> of(Team team) {
        if (!age.staleCountsOneLevelLower()) {
            return coverage.ofTeam(team.id());
        }
        var matrix = matrices.ofTeam(team.id());
        var members = matrix.members().stream().map(Person::id).collect(Collectors.toSet());
        return GapAnalysis.teamCoverage(catalog.skills(), members, matrix.ratings(), targets.of(team.id()), age);
    }
}
