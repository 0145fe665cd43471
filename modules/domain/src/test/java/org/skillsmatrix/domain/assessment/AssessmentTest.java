package org.skillsmatrix.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

class AssessmentTest {

    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");

    private final PersonId ann = PersonId.random();
    private final PersonId mona = PersonId.random();
    private final SkillId java = SkillId.random();

    @Test
    void aSelfRatingIsMadeByThePersonRated() {
        assertInvalid(
                () -> new Assessment(ann, java, Level.EXPERT, Interest.NEUTRAL, Source.SELF, mona, NOW, null),
                "assessor",
                "A self-rating is made by the person rated");
    }

    @Test
    void aSelfRatingSaysWhetherThePersonWantsToGrow() {
        assertInvalid(
                () -> new Assessment(ann, java, Level.EXPERT, null, Source.SELF, ann, NOW, null),
                "interest",
                "Say whether you want to grow in this skill");
    }

    @Test
    void aManagerRatingIsMadeBySomeoneElse() {
        assertInvalid(
                () -> Assessment.byManager(ann, java, Level.EXPERT, ann, NOW, null),
                "assessor",
                "A manager rating is made by someone other than the person rated");
    }

    @Test
    void aManagerRatingCarriesNoInterest() {
        assertInvalid(
                () -> new Assessment(ann, java, Level.EXPERT, Interest.WANTS_TO_GROW, Source.MANAGER, mona, NOW, null),
                "interest",
                "Interest is the person's own and comes with self-ratings");
    }

    @Test
    void evidenceIsTrimmedBlankBecomesAbsentAndItHasAMaximumLength() {
        assertThat(Assessment.self(ann, java, Level.EXPERT, Interest.NEUTRAL, NOW, "  Talk at JavaZone ")
                        .evidence())
                .isEqualTo("Talk at JavaZone");
        assertThat(Assessment.byManager(ann, java, Level.EXPERT, mona, NOW, " ").evidence())
                .isNull();
        assertInvalid(
                () -> Assessment.self(ann, java, Level.EXPERT, Interest.NEUTRAL, NOW, "e".repeat(2001)),
                "evidence",
                "Evidence must be at most 2000 characters");
    }

    @Test
    void theFactoriesFillInSourceAndAssessor() {
        var self = Assessment.self(ann, java, Level.AWARENESS, Interest.RATHER_NOT, NOW, null);
        var byManager = Assessment.byManager(ann, java, Level.EXPERT, mona, NOW, null);

        assertThat(self.source()).isEqualTo(Source.SELF);
        assertThat(self.assessor()).isEqualTo(ann);
        assertThat(byManager.source()).isEqualTo(Source.MANAGER);
        assertThat(byManager.assessor()).isEqualTo(mona);
        assertThat(byManager.interest()).isNull();
    }
}
