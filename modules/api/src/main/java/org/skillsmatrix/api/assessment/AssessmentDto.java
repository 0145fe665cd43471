package org.skillsmatrix.api.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.scale.Interest;

/** One rating, as it was made; ratings are never changed, only followed by newer ones. */
@Schema(name = "Assessment")
record AssessmentDto(
        @Schema(description = "Who was rated") UUID person,
        UUID skill,

        @Schema(description = "0 None to 4 Expert", example = "3")
        int level,

        @Schema(description = "With self-ratings only") @Nullable
        Interest interest,

        Source source,

        @Schema(description = "Who rated: the person, or their manager")
        UUID assessor,

        Instant assessedAt,

        @Schema(example = "Ran the upgrade to PostgreSQL 17") @Nullable
        String evidence) {

    static AssessmentDto of(Assessment assessment) {
        return new AssessmentDto(
                assessment.person().value(),
                assessment.skill().value(),
                assessment.level().value(),
                assessment.interest(),
                assessment.source(),
                assessment.assessor().value(),
                assessment.assessedAt(),
                assessment.evidence());
    }
}
