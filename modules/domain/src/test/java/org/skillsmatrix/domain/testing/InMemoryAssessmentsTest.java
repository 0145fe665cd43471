package org.skillsmatrix.domain.testing;

import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;

class InMemoryAssessmentsTest extends AssessmentsContract {

    private final InMemoryAssessments assessments = new InMemoryAssessments();
    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryCatalog catalog = new InMemoryCatalog();

    @Override
    protected Assessments assessments() {
        return assessments;
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
