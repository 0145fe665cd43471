package org.skillsmatrix.domain.testing;

import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;

class InMemoryTeamTargetsTest extends TeamTargetsContract {

    private final InMemoryTeamTargets targets = new InMemoryTeamTargets();
    private final InMemoryTeams teams = new InMemoryTeams();
    private final InMemoryCatalog catalog = new InMemoryCatalog();

    @Override
    protected TeamTargets targets() {
        return targets;
    }

    @Override
    protected Teams teams() {
        return teams;
    }

    @Override
    protected Catalog catalog() {
        return catalog;
    }
}
