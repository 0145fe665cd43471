package org.skillsmatrix.persistence.certification;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.certification.CertificationTarget;

@Entity
@Table(name = "certification_target")
class CertificationTargetEntity {

    @EmbeddedId
    private CertificationTargetKey key;

    private int holders;

    @Version
    private long version;

    protected CertificationTargetEntity() {
        this.key = new CertificationTargetKey(new UUID(0, 0), new UUID(0, 0));
    }

    CertificationTargetEntity(CertificationTarget target) {
        this.key = keyOf(target);
        this.holders = target.holders();
    }

    static CertificationTargetKey keyOf(CertificationTarget target) {
        return new CertificationTargetKey(
                target.team().value(), target.certification().value());
    }

    void apply(CertificationTarget target) {
        this.holders = target.holders();
    }

    long version() {
        return version;
    }

    CertificationTarget toDomain() {
        return new CertificationTarget(
                new TeamId(key.teamId()), new CertificationId(key.certificationId()), holders, version);
    }
}
