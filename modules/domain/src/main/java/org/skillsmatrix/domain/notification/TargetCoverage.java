package org.skillsmatrix.domain.notification;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.CertificationCoverage;
import org.skillsmatrix.domain.certification.CertificationHolders;
import org.skillsmatrix.domain.gap.AnalyseTeamGaps;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;

/** Whether teams meet their targets, of skills and of certifications, counted as each team's Gaps page counts them. */
public final class TargetCoverage {

    private final AnalyseTeamGaps gaps;
    private final TeamTargets targets;
    private final CertificationHolders certificationHolders;
    private final People people;

    public TargetCoverage(
            AnalyseTeamGaps gaps, TeamTargets targets, CertificationHolders certificationHolders, People people) {
        this.gaps = gaps;
        this.targets = targets;
        this.certificationHolders = certificationHolders;
        this.people = people;
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

    /** The coverage of the certification targets of each of these teams that set any, by its active members. */
    public Map<Team, List<CertificationCoverage>> ofCertificationTargets(Collection<Team> teams) {
        var everyone = new HashSet<PersonId>();
        teams.forEach(team -> everyone.addAll(team.members()));
        var active = people.byIds(everyone).values().stream()
                .filter(Person::active)
                .map(Person::id)
                .collect(Collectors.toSet());
        var result = new LinkedHashMap<Team, List<CertificationCoverage>>();
        for (var team : teams) {
            var members = team.members().stream().filter(active::contains).collect(Collectors.toSet());
            var coverage = certificationHolders.coverageOf(team.id(), members);
            if (!coverage.isEmpty()) {
                result.put(team, coverage);
            }
        }
        return result;
    }
}
