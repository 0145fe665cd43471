package org.skillsmatrix.persistence.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.persistence.base.JdbcValues;

/** One assessment; rows are inserted and read, never updated or deleted. */
@Entity
@Immutable
@Table(name = "assessment")
class AssessmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "skill_id")
    private UUID skillId;

    private Level level;

    @Enumerated(EnumType.STRING)
    private @Nullable Interest interest;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "assessor_id")
    private UUID assessorId;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    private @Nullable String evidence;

    protected AssessmentEntity() {
        this.personId = new UUID(0, 0);
        this.skillId = personId;
        this.assessorId = personId;
        this.level = Level.NONE;
        this.source = Source.SELF;
        this.assessedAt = Instant.EPOCH;
    }

    AssessmentEntity(Assessment assessment) {
        this.personId = assessment.person().value();
        this.skillId = assessment.skill().value();
        this.level = assessment.level();
        this.interest = assessment.interest();
        this.source = assessment.source();
        this.assessorId = assessment.assessor().value();
        this.assessedAt = JdbcValues.stored(assessment.assessedAt());
        this.evidence = assessment.evidence();
    }

    Assessment toDomain() {
        return new Assessment(
                new PersonId(personId),
                new SkillId(skillId),
                level,
                interest,
                source,
                new PersonId(assessorId),
                assessedAt,
                evidence);
    }
}
