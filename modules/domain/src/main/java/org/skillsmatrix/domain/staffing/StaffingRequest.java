package org.skillsmatrix.domain.staffing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

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
