package org.skillsmatrix.domain.team;

import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;

/**
 * Use case: reading teams. {@link #list} gives the teams an actor may look at (every team for HR and for admins, who
 * maintain teams; the teams they manage for a manager), {@link #readable} those whose matrix and gaps the actor may
 * read (every team for HR, the teams they manage for a manager), and the rest says what the actor may change in one
 * of them, so that views show only the actions the access policy allows. {@link MaintainTeams} changes teams.
 */
@Transactional
@ReadOnly
public class BrowseTeams {

    private final Teams teams;
    private final People people;
    private final AccessPolicy policy;

    public BrowseTeams(Teams teams, People people, AccessPolicy policy) {
        this.teams = teams;
        this.people = people;
        this.policy = policy;
    }

    /** The teams the actor may look at, by name: every team for those who maintain teams, else {@link #readable}. */
    public List<Team> list(Actor actor) {
        if (policy.allows(actor, new Action.MaintainPeopleAndTeams())) {
            return teams.all();
        }
        return readable(actor);
    }

    /** The teams whose matrix and gaps the actor may read, by name. */
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

    /** One team with its people by name, for those who may read it or maintain it. */
    public TeamDetails details(Actor actor, TeamId id) {
        if (!policy.allows(actor, new Action.MaintainPeopleAndTeams())
                && !policy.allows(actor, new Action.ReadTeam(id))) {
            throw new AccessDenied("You are not allowed to see this team");
        }
        var team = teams.byId(id).orElseThrow(() -> new NotFound("Team", id));
        return new TeamDetails(team, byName(team.members()), byName(team.managers()));
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

    private List<Person> byName(Collection<PersonId> ids) {
        return people.byIds(ids).values().stream()
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Person::email))
                .toList();
    }
}
