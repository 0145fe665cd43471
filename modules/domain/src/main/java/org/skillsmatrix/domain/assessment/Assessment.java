package org.skillsmatrix.domain.assessment;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.Texts;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/**
 * One rating, never changed once made: who rated whom on which skill, the level, when, and optional
 * evidence. Interest is the person's own and comes with self-ratings only.
 */
public record Assessment(
        PersonId person,
        SkillId skill,
        Level level,
        @Nullable Interest interest,
        Source source,
        PersonId assessor,
        Instant assessedAt,
        @Nullable String evidence) {

    public static final int MAX_EVIDENCE = 2000;

    public Assessment {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(assessedAt, "assessedAt");
        evidence = Texts.optional(evidence, "evidence", MAX_EVIDENCE);
        if (source == Source.SELF) {
            if (!assessor.equals(person)) {
                throw new InvalidInput("assessor", "assessment.self-by-other");
            }
            if (interest == null) {
                throw new InvalidInput("interest", "assessment.interest-missing");
            }
        } else {
            if (assessor.equals(person)) {
                throw new InvalidInput("assessor", "assessment.manager-is-self");
            }
            if (interest != null) {
                throw new InvalidInput("interest", "assessment.interest-by-manager");
            }
        }
    }

    /** What makes this assessment the same one again. */
    public AssessmentKey key() {
        return new AssessmentKey(person, skill, source, assessor, assessedAt);
    }

    public static Assessment self(
            PersonId person, SkillId skill, Level level, Interest interest, Instant at, @Nullable String evidence) {
        return new Assessment(person, skill, level, interest, Source.SELF, person, at, evidence);
    }

    public static Assessment byManager(
            PersonId person, SkillId skill, Level level, PersonId manager, Instant at, @Nullable String evidence) {
        return new Assessment(person, skill, level, null, Source.MANAGER, manager, at, evidence);
    }
}
