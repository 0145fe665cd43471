package org.skillsmatrix.domain.testing;

import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;

class InMemoryTeamsTest extends TeamsContract {

    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected Teams teams() {
        return teams;
    }

    @Override
    protected People people() {
        return people;
    }
}
