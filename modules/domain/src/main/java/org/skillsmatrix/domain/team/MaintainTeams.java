package org.skillsmatrix.domain.team;

import jakarta.transaction.Transactional;
import java.util.Set;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.People;

/** Use case: HR's and admins' maintenance of teams, their members and managers; {@link BrowseTeams} reads them. */
@Transactional
public class MaintainTeams {

    private final Teams teams;
    private final People people;
    private final AccessPolicy policy;
    private final Auditor auditor;

    public MaintainTeams(Teams teams, People people, AccessPolicy policy, Auditor auditor) {
        this.teams = teams;
        this.people = people;
        this.policy = policy;
        this.auditor = auditor;
    }

    public Team add(Actor actor, String name) {
        policy.check(actor, new Action.MaintainPeopleAndTeams());
        var team = new Team(TeamId.random(), name, Set.of(), Set.of(), 0);
        requireUniqueName(team);
        var added = teams.add(team);
        auditor.record(actor, "team.added", added.id(), added.name());
        return added;
    }

    /** Stores a changed name, membership or management; based on {@code changed.version()}. */
    public Team change(Actor actor, Team changed) {
        policy.check(actor, new Action.MaintainPeopleAndTeams());
        var before = teams.byId(changed.id()).orElseThrow(() -> new NotFound("Team", changed.id()));
        if (before.version() == changed.version()
                && before.name().equals(changed.name())
                && before.members().equals(changed.members())
                && before.managers().equals(changed.managers())) {
            return before;
        }
        requireUniqueName(changed);
        requireKnown(changed.members(), "members");
        requireKnown(changed.managers(), "managers");
        var updated = teams.update(changed);
        auditor.record(actor, "team.changed", updated.id(), describeChange(before, updated));
        return updated;
    }

    private void requireKnown(Set<PersonId> ids, String field) {
        var known = people.byIds(ids);
        for (var person : ids) {
            if (!known.containsKey(person)) {
                throw new InvalidInput(field, "person.unknown", person);
            }
        }
    }

    private void requireUniqueName(Team team) {
        if (teams.nameTaken(team.name(), team.id())) {
            throw new InvalidInput("name", "team.name-taken", team.name());
        }
    }

    private static String describeChange(Team before, Team after) {
        return "name=" + after.name() + ", members " + before.members().size() + " -> "
                + after.members().size() + ", managers " + before.managers().size() + " -> "
                + after.managers().size();
    }
}
