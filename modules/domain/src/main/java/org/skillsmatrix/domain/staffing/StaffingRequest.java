package org.skillsmatrix.domain.staffing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.gap.SkillCoverage;

/**
 * A piece of work to staff: what it needs, the teams to draw from (none: the whole organisation), people not to
 * propose, and people to propose whatever the rule would pick (in this order, before anyone else).
 */
public record StaffingRequest(List<Need> needs, Set<TeamId> teams, Set<PersonId> excluded, List<PersonId> pinned) {

    public StaffingRequest {
        needs = List.copyOf(needs);
        teams = Set.copyOf(teams);
        excluded = Set.copyOf(excluded);
        pinned = List.copyOf(pinned);
    }

    public static StaffingRequest of(List<Need> needs) {
        return new StaffingRequest(needs, Set.of(), Set.of(), List.of());
    }

    /**
     * Who could fill a team's shortfalls: each short skill's counting level and missing people, in the order given
     * (riskiest first) and as many as one request takes, drawn from the organisation without the team's own members,
     * who count in the shortfall already.
     */
    public static StaffingRequest toFill(List<SkillCoverage> skills, Set<PersonId> members) {
        var needs = skills.stream()
                .filter(skill -> skill.shortfall() > 0)
                .limit(ProposeStaffing.MAX_NEEDS)
                .map(skill -> new Need(
                        skill.skill(),
                        skill.countingLevel(),
                        Math.min(skill.shortfall(), ProposeStaffing.MAX_HEADCOUNT)))
                .toList();
        var excluded = members.stream().limit(ProposeStaffing.MAX_PEOPLE).collect(Collectors.toSet());
        return new StaffingRequest(needs, Set.of(), excluded, List.of());
    }

    public StaffingRequest drawingFrom(Set<TeamId> from) {
        return new StaffingRequest(needs, from, excluded, pinned);
    }

    /** The same request with {@code out} never proposed and {@code in} proposed first: a swap. */
    public StaffingRequest swapping(PersonId out, PersonId in) {
        var moreExcluded = new HashSet<>(excluded);
        moreExcluded.add(out);
        moreExcluded.remove(in);
        var morePinned = new ArrayList<>(pinned);
        morePinned.remove(out);
        if (!morePinned.contains(in)) {
            morePinned.add(in);
        }
        return new StaffingRequest(needs, teams, moreExcluded, morePinned);
    }
}
