package org.skillsmatrix.api.certification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.skillsmatrix.domain.certification.CertificationTarget;

/** "holders members holding a valid certificate of certification" for a team. */
@Schema(name = "CertificationTarget")
record CertificationTargetDto(
        UUID team,
        UUID certification,

        @Schema(description = "How many members must hold a valid (not expired) certificate of it", example = "2")
        int holders,

        @Schema(description = "Changes with every edit; send it back in If-Match", example = "0")
        long version) {

    static CertificationTargetDto of(CertificationTarget target) {
        return new CertificationTargetDto(
                target.team().value(), target.certification().value(), target.holders(), target.version());
    }
}
