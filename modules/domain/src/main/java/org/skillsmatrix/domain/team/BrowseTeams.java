package org.skillsmatrix.domain.team;

import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.TeamId;

/**
 * Use case: the teams whose matrix and gaps an actor may read — every team for HR, the teams they manage
 * for a manager, none for anyone else — and what the actor may change in one of them. Views offer these
 * teams in their choosers and show only the actions the access policy allows.
 */
@Transactional
@ReadOnly
public class BrowseTeams {

    private final Teams teams;
    private final AccessPolicy policy;

    public BrowseTeams(Teams teams, AccessPolicy policy) {
        this.teams = teams;
        this.policy = policy;
    }

    /** The teams the actor may read, by name. */
    public List<Team> readable(Actor actor) {
        List<Team> candidates;
        if (actor.has(Role.HR)) {
            candidates = teams.all();
        } else if (actor.has(Role.MANAGER)) {
            candidates = teams.managedBy(actor.person());
        } else {
            return List.of();
        }
        return candidates.stream()
                .filter(team -> policy.allows(actor, new Action.ReadTeam(team.id())))
                .toList();
    }

    /** Whether the actor may add, change and remove the team's targets: its managers may, HR only reads them. */
    public boolean maySetTargets(Actor actor, TeamId team) {
        return policy.allows(actor, new Action.SetTeamTargets(team));
    }

    /**
     * Of the given members of a team, those the actor may rate or validate as their manager. A manager of the
     * team may rate every member but themselves; anyone else is asked person by person.
     */
    public Set<PersonId> rateableMembers(Actor actor, TeamId team, Collection<PersonId> members) {
        if (policy.allows(actor, new Action.SetTeamTargets(team))) {
            return members.stream().filter(member -> !actor.is(member)).collect(Collectors.toUnmodifiableSet());
        }
        return members.stream()
                .filter(member -> policy.allows(actor, new Action.RateAsManager(member)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
