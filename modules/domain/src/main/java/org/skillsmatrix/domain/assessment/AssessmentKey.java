package org.skillsmatrix.domain.assessment;

import java.time.Instant;
import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;

/**
 * What makes an assessment the same one again, e.g. when a file is imported twice: who rated whom on which skill,
 * as self or manager, at which instant.
 */
public record AssessmentKey(PersonId person, SkillId skill, Source source, PersonId assessor, Instant assessedAt) {

    public AssessmentKey {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(assessedAt, "assessedAt");
    }
}
