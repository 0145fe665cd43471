package org.skillsmatrix.domain.testing;

import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.people.People;

class InMemoryDevelopmentGoalsTest extends DevelopmentGoalsContract {

    private final InMemoryDevelopmentGoals goals = new InMemoryDevelopmentGoals();
    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryCatalog catalog = new InMemoryCatalog();

    @Override
    protected DevelopmentGoals goals() {
        return goals;
    }

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Catalog catalog() {
        return catalog;
    }
}
