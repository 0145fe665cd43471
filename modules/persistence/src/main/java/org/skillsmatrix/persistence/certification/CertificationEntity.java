package org.skillsmatrix.persistence.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.certification.Certification;

@Entity
@Table(name = "certification")
class CertificationEntity {

    @Id
    private UUID id;

    private String name;

    @Column(name = "skill_id")
    private @Nullable UUID skillId;

    @Version
    private long version;

    protected CertificationEntity() {
        this.id = new UUID(0, 0);
        this.name = "";
    }

    CertificationEntity(Certification certification) {
        this.id = certification.id().value();
        this.name = certification.name();
        var skill = certification.skill();
        this.skillId = skill == null ? null : skill.value();
    }

    Certification toDomain() {
        return new Certification(new CertificationId(id), name, skillId == null ? null : new SkillId(skillId), version);
    }
}
