package org.skillsmatrix.persistence.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.AssessmentKey;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.AssessmentsContract;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

class AssessmentsIT extends PersistenceIT {

    static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");

    @Autowired
    Assessments assessments;

    @Autowired
    People people;

    @Autowired
    Catalog catalog;

    Person ada;
    Person grace;
    Skill java;
    Skill sql;

    @BeforeEach
    void peopleAndSkills() {
        var testPeople = new TestPeople(people);
        ada = testPeople.add("Ada Lovelace");
        grace = testPeople.add("Grace Hopper");
        java = catalog.skills().get(0);
        sql = catalog.skills().get(1);
    }

    @Nested
    class KeepsTheContract extends AssessmentsContract {

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

    @Test
    void keepsTheWholeHistoryNewestFirst() {
        var first = Assessment.self(ada.id(), java.id(), Level.AWARENESS, Interest.WANTS_TO_GROW, T0, null);
        var second =
                Assessment.byManager(ada.id(), java.id(), Level.WORKING_KNOWLEDGE, grace.id(), hours(1), "pairing");
        var third = Assessment.self(ada.id(), sql.id(), Level.EXPERT, Interest.NEUTRAL, hours(2), "ran the migration");
        var sameInstantAsThird =
                Assessment.self(ada.id(), java.id(), Level.PROFICIENT, Interest.NEUTRAL, hours(2), null);

        assessments.append(first);
        assessments.append(second);
        assessments.append(third);
        assessments.append(sameInstantAsThird);
        assessments.append(Assessment.self(grace.id(), java.id(), Level.EXPERT, Interest.NEUTRAL, hours(3), null));

        assertThat(assessments.history(ada.id())).containsExactly(sameInstantAsThird, third, second, first);
        assertThat(assessments.count()).isEqualTo(5);
    }

    @Test
    void theCurrentRatingIsTheNewestSelfAndManagerRatingWithTheNewestSelfInterest() {
        assessments.appendAll(List.of(
                Assessment.self(ada.id(), java.id(), Level.AWARENESS, Interest.WANTS_TO_GROW, T0, null),
                Assessment.self(ada.id(), java.id(), Level.PROFICIENT, Interest.RATHER_NOT, hours(5), null),
                Assessment.self(ada.id(), java.id(), Level.WORKING_KNOWLEDGE, Interest.NEUTRAL, hours(3), null),
                Assessment.byManager(ada.id(), java.id(), Level.EXPERT, grace.id(), hours(1), null),
                Assessment.byManager(ada.id(), java.id(), Level.WORKING_KNOWLEDGE, grace.id(), hours(2), null),
                Assessment.byManager(ada.id(), sql.id(), Level.AWARENESS, grace.id(), hours(4), null),
                Assessment.self(grace.id(), sql.id(), Level.EXPERT, Interest.NEUTRAL, hours(6), null)));

        assertThat(assessments.current(ada.id()))
                .containsExactly(
                        new CurrentRating(
                                ada.id(),
                                java.id(),
                                new Rating(Level.PROFICIENT, hours(5)),
                                new Rating(Level.WORKING_KNOWLEDGE, hours(2)),
                                Interest.RATHER_NOT),
                        new CurrentRating(ada.id(), sql.id(), null, new Rating(Level.AWARENESS, hours(4)), null));
    }

    @Test
    void appendsLargeBatchesInOrder() {
        var skills = catalog.skills();
        var batch = new ArrayList<Assessment>();
        for (int i = 0; i < 5_000; i++) {
            var skill = skills.get(i % skills.size());
            batch.add(Assessment.self(
                    ada.id(), skill.id(), Level.of(i % 5), Interest.NEUTRAL, T0.plusSeconds(i / 2), "batch " + i));
        }

        assessments.appendAll(batch);

        assertThat(assessments.count()).isEqualTo(batch.size());
        var history = assessments.history(ada.id());
        assertThat(history.getFirst()).isEqualTo(batch.getLast());
        assertThat(history.get(1)).as("same instant, stored earlier").isEqualTo(batch.get(batch.size() - 2));
    }

    @Test
    void bulkAppendsKeepEveryEvidenceAsWritten() {
        var evidences = new ArrayList<String>(List.of(
                "", "a, b and \"c\"", "two\nlines\r\nand a tab\t", "back\\slash \\N and \\.", "Zoë Müller, 東京, 🙂"));
        evidences.add(null);
        var batch = new ArrayList<Assessment>();
        for (int i = 0; i < evidences.size(); i++) {
            var skill = catalog.skills().get(i);
            batch.add(Assessment.self(ada.id(), skill.id(), Level.AWARENESS, Interest.NEUTRAL, T0, evidences.get(i)));
        }

        assessments.appendAll(batch);

        assertThat(assessments.history(ada.id())).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void aBulkAppendWithOneRowTheSchemaRefusesStoresNoneOfThem() {
        var stranger = PersonId.random();
        var batch = List.of(
                Assessment.self(ada.id(), java.id(), Level.EXPERT, Interest.NEUTRAL, T0, null),
                Assessment.self(stranger, sql.id(), Level.EXPERT, Interest.NEUTRAL, T0, null));

        assertThatThrownBy(() -> assessments.appendAll(batch)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(assessments.count()).isZero();
    }

    @Test
    void storesInstantsToTheMicrosecond() {
        var at = Instant.parse("2026-01-10T09:00:00.123456789Z");

        assessments.append(Assessment.self(ada.id(), java.id(), Level.EXPERT, Interest.NEUTRAL, at, null));
        assessments.appendAll(List.of(Assessment.self(ada.id(), sql.id(), Level.EXPERT, Interest.NEUTRAL, at, null)));

        assertThat(assessments.history(ada.id()))
                .extracting(Assessment::assessedAt)
                .containsOnly(at.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void theSchemaRefusesWhatTheDomainRefuses() {
        var insert = """
                insert into assessment (person_id, skill_id, level, interest, source, assessor_id, assessed_at)
                values (?, ?, ?, ?, ?, ?, now())""";
        var person = ada.id().value();
        var skill = java.id().value();

        assertThatThrownBy(() -> jdbc.update(insert, person, skill, 5, "NEUTRAL", "SELF", person))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_assessment_level");
        assertThatThrownBy(() -> jdbc.update(insert, person, skill, 3, null, "SELF", person))
                .hasMessageContaining("ck_assessment_interest_only_self");
        assertThatThrownBy(() -> jdbc.update(
                        insert,
                        person,
                        skill,
                        3,
                        "NEUTRAL",
                        "MANAGER",
                        grace.id().value()))
                .hasMessageContaining("ck_assessment_interest_only_self");
        assertThatThrownBy(() -> jdbc.update(insert, person, skill, 3, "KEEN", "SELF", person))
                .hasMessageContaining("ck_assessment_interest");
        assertThatThrownBy(() -> jdbc.update(
                        insert, person, skill, 3, null, "PEER", grace.id().value()))
                .hasMessageContaining("ck_assessment_source");
        assertThatThrownBy(() -> jdbc.update(insert, person, skill, 3, null, "MANAGER", person))
                .hasMessageContaining("ck_assessment_assessor");
    }

    @Test
    void findsWhichKeysAreStoredInOneLookUpToTheMicrosecond() {
        var self = Assessment.self(ada.id(), java.id(), Level.AWARENESS, Interest.NEUTRAL, hours(1), null);
        var manager = Assessment.byManager(ada.id(), sql.id(), Level.EXPERT, grace.id(), hours(2), null);
        assessments.appendAll(List.of(self, manager));
        var keys = new ArrayList<AssessmentKey>();
        keys.add(self.key());
        keys.add(manager.key());
        keys.add(new AssessmentKey(ada.id(), java.id(), Source.SELF, ada.id(), hours(1).plusNanos(1_000)));
        keys.add(new AssessmentKey(ada.id(), sql.id(), Source.MANAGER, ada.id(), hours(2)));
        keys.add(new AssessmentKey(grace.id(), sql.id(), Source.MANAGER, ada.id(), hours(2)));
        for (int i = 0; i < 25_000; i++) {
            keys.add(new AssessmentKey(
                    ada.id(), java.id(), Source.SELF, ada.id(), hours(100).plusSeconds(i)));
        }
        keys.add(new AssessmentKey(ada.id(), java.id(), Source.SELF, ada.id(), hours(1).plusNanos(1)));

        assertThat(assessments.stored(keys))
                .containsExactlyInAnyOrder(
                        self.key(),
                        manager.key(),
                        new AssessmentKey(ada.id(), java.id(), Source.SELF, ada.id(), hours(1).plusNanos(1)));
    }

    private static Instant hours(int hours) {
        return T0.plusSeconds(3600L * hours);
    }
}
