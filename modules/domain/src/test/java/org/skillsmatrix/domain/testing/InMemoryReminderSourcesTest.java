package org.skillsmatrix.domain.testing;

import java.util.List;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.notification.ReminderSources;
import org.skillsmatrix.domain.people.People;

class InMemoryReminderSourcesTest extends ReminderSourcesContract {

    private final InMemoryAssessments assessments = new InMemoryAssessments();
    private final InMemoryCertificates certificates = new InMemoryCertificates();
    private final InMemoryCertifications certifications = new InMemoryCertifications();
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final InMemoryPeople people = new InMemoryPeople();
    private final List<SkillId> skills;

    InMemoryReminderSourcesTest() {
        var category = catalog.add(new Category(CategoryId.random(), "Back-end", null, 1, 0));
        skills = List.of(
                catalog.add(new Skill(SkillId.random(), category.id(), "Kafka", null, 1, false, 0))
                        .id(),
                catalog.add(new Skill(SkillId.random(), category.id(), "Rust", null, 2, false, 0))
                        .id());
    }

    @Override
    protected ReminderSources sources() {
        return new InMemoryReminderSources(assessments, certificates, catalog, people);
    }

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Assessments assessments() {
        return assessments;
    }

    @Override
    protected Certifications certifications() {
        return certifications;
    }

    @Override
    protected Certificates certificates() {
        return certificates;
    }

    @Override
    protected List<SkillId> twoSkills() {
        return skills;
    }
}
