package org.skillsmatrix.domain.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.gap.AnalyseTeamGaps;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;

/** Whether teams meet their targets, counted as each team's Gaps page counts them. */
public final class TargetCoverage {

    private final AnalyseTeamGaps gaps;
    private final TeamTargets targets;

    public TargetCoverage(AnalyseTeamGaps gaps, TeamTargets targets) {
        this.gaps = gaps;
        this.targets = targets;
    }

    /** The coverage of each of these teams that set any target. */
    public Map<Team, List<SkillCoverage>> ofTeamsWithTargets(Collection<Team> teams) {
        var withTargets = targets.all().stream().map(TeamTarget::team).collect(Collectors.toSet());
        var result = new LinkedHashMap<Team, List<SkillCoverage>>();
        for (var team : teams) {
            if (withTargets.contains(team.id())) {
                result.put(team, gaps.coverageOf(team.id()));
            }
        }
        return result;
    }
}
