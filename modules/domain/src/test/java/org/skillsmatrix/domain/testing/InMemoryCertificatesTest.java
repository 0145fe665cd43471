package org.skillsmatrix.domain.testing;

import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.people.People;

class InMemoryCertificatesTest extends CertificatesContract {

    private final InMemoryCertifications certifications = new InMemoryCertifications();
    private final InMemoryCertificates certificates = new InMemoryCertificates();
    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected Certifications certifications() {
        return certifications;
    }

    @Override
    protected Certificates certificates() {
        return certificates;
    }

    @Override
    protected People people() {
        return people;
    }
}
