package org.skillsmatrix.persistence.mentoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.testing.DevelopmentGoalsContract;
import org.skillsmatrix.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

class DevelopmentGoalsIT extends PersistenceIT {

    @Autowired
    DevelopmentGoals goals;

    @Autowired
    People people;

    @Autowired
    Catalog catalog;

    @Nested
    class KeepsTheContract extends DevelopmentGoalsContract {

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

    @Test
    void theSchemaRefusesAGoalOfSomeoneWhoIsNotAPerson() {
        var skill = catalog.skills().getFirst().id().value();
        var insert = """
                insert into development_goal (id, person_id, skill_id, target_level, due, status, set_by, set_at)
                values (?, ?, ?, ?, date '2031-01-01', 'OPEN', ?, now())""";
        var nobody = UUID.randomUUID();

        assertThatThrownBy(() -> jdbc.update(insert, UUID.randomUUID(), nobody, skill, 3, nobody))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
