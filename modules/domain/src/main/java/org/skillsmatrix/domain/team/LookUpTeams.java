package org.skillsmatrix.domain.team;

import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
 * Use case: the teams an actor may look at, with their members and managers by name: every team for HR and
 * for admins (who maintain teams), the teams they manage for a manager, none for anyone else.
 */
@Transactional
@ReadOnly
public class LookUpTeams {

    private final Teams teams;
    private final People people;
    private final AccessPolicy policy;

    public LookUpTeams(Teams teams, People people, AccessPolicy policy) {
        this.teams = teams;
        this.people = people;
        this.policy = policy;
    }

    /** The teams the actor may look at, by name. */
    public List<Team> list(Actor actor) {
        if (policy.allows(actor, new Action.MaintainPeopleAndTeams())) {
            return teams.all();
        }
        if (!actor.has(Role.MANAGER)) {
            return List.of();
        }
        return teams.managedBy(actor.person()).stream()
                .filter(team -> policy.allows(actor, new Action.ReadTeam(team.id())))
                .toList();
    }

    /** One team with its people, for those who may read it or maintain it. */
    public TeamDetails details(Actor actor, TeamId id) {
        if (!policy.allows(actor, new Action.MaintainPeopleAndTeams())
                && !policy.allows(actor, new Action.ReadTeam(id))) {
            throw new AccessDenied("You are not allowed to see this team");
        }
        var team = teams.byId(id).orElseThrow(() -> new NotFound("Team", id));
        return new TeamDetails(team, byName(team.members()), byName(team.managers()));
    }

    private List<Person> byName(Collection<PersonId> ids) {
        return people.byIds(ids).values().stream()
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Person::email))
                .toList();
    }
}
