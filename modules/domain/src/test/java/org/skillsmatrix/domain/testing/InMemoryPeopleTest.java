package org.skillsmatrix.domain.testing;

import org.skillsmatrix.domain.people.People;

class InMemoryPeopleTest extends PeopleContract {

    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected People people() {
        return people;
    }
}
