package org.skillsmatrix.persistence.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.Scale;
import org.skillsmatrix.domain.scale.ScaleLevel;
import org.skillsmatrix.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;

class ScaleIT extends PersistenceIT {

    @Autowired
    Scale scale;

    @Test
    void liquibaseLoadsTheFiveLevelsLowestFirst() {
        assertThat(scale.levels()).extracting(ScaleLevel::level).containsExactly(Level.values());
        assertThat(scale.levels().get(Level.PROFICIENT.value()).name()).isEqualTo("Proficient");
    }

    @Test
    void storesANewDescriptorAndRefusesAStaleOne() {
        var expert = scale.levels().get(Level.EXPERT.value());
        try {
            var updated = scale.update(expert.describedAs("Master", "Sets direction for everyone."));

            assertThat(updated.version()).isEqualTo(expert.version() + 1);
            assertThat(scale.levels().get(Level.EXPERT.value())).isEqualTo(updated);
            assertThatThrownBy(() -> scale.update(expert.describedAs("Guru", "Knows everything.")))
                    .isInstanceOf(ConcurrentEdit.class);
        } finally {
            var current = scale.levels().get(Level.EXPERT.value());
            scale.update(current.describedAs(expert.name(), expert.descriptor()));
        }
    }
}
