package org.skillsmatrix.domain.gap;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

/** A sole holder is named exactly when there is one holder; coverage saying otherwise cannot be made. */
class CoverageRecordsTest {

    @Test
    void teamCoverageNamesTheSoleHolderExactlyWhenThereIsOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SkillCoverage(SkillId.random(), Level.PROFICIENT, 1, 1, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SkillCoverage(SkillId.random(), Level.PROFICIENT, 1, 2, PersonId.random()));
    }

    @Test
    void organisationCoverageNamesTheSoleHolderExactlyWhenThereIsOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrganisationSkillCoverage(SkillId.random(), 1, null, 0, 0, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrganisationSkillCoverage(SkillId.random(), 0, PersonId.random(), 0, 0, 0));
    }
}
