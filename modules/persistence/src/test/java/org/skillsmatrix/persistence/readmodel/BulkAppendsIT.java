package org.skillsmatrix.persistence.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.readmodel.ReadModel;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Bulk appends into an empty history, which run without the assessments' secondary indexes and foreign keys:
 * afterwards the schema has them as before, they still refuse what they refused, and the read model is whole.
 */
class BulkAppendsIT extends PersistenceIT {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    /** The assessments' indexes and constraints, each with its definition. */
    static final String KEYS = """
            select indexname || ': ' || indexdef from pg_indexes where tablename = 'assessment'
            union all
            select conname || ': ' || pg_get_constraintdef(oid) from pg_constraint
            where conrelid = 'assessment'::regclass
            order by 1""";

    @Autowired
    ReadModel readModel;

    @Autowired
    Assessments assessments;

    @Autowired
    People people;

    @Autowired
    Catalog catalog;

    Person ada;
    Skill skill;
    List<String> keys;

    @BeforeEach
    void emptyHistory() {
        ada = new TestPeople(people).add("Ada Lovelace");
        skill = catalog.skills().getFirst();
        keys = jdbc.queryForList(KEYS, String.class);
        assertThat(keys).anyMatch(key -> key.startsWith("ix_assessment_current"));
        assertThat(keys).anyMatch(key -> key.contains("FOREIGN KEY (person_id)"));
    }

    @Test
    void theIndexesAndForeignKeysAreAsBeforeAndTheReadModelIsWhole() {
        readModel.rebuiltAfter(() -> assessments.appendAll(
                List.of(Assessment.self(ada.id(), skill.id(), Level.EXPERT, Interest.NEUTRAL, AT, null))));

        assertThat(jdbc.queryForList(KEYS, String.class)).isEqualTo(keys);
        assertThat(readModel.verify().consistent()).isTrue();
        assertThat(assessments.history(ada.id())).hasSize(1);
    }

    @Test
    void anAssessmentOfNobodyFailsTheWholeAppendAndLeavesTheKeys() {
        var nobody = PersonId.random();

        assertThatThrownBy(() -> readModel.rebuiltAfter(() -> assessments.appendAll(List.of(
                        Assessment.self(ada.id(), skill.id(), Level.EXPERT, Interest.NEUTRAL, AT, null),
                        Assessment.self(nobody, skill.id(), Level.EXPERT, Interest.NEUTRAL, AT, null)))))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(assessments.count()).isZero();
        assertThat(jdbc.queryForList(KEYS, String.class)).isEqualTo(keys);
    }
}
