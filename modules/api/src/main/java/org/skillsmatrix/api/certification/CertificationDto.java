package org.skillsmatrix.api.certification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.certification.Certification;

/** A certification of the catalog. */
@Schema(name = "Certification")
record CertificationDto(
        UUID id,

        @Schema(example = "Certified Kubernetes Administrator (CKA)")
        String name,

        @Schema(description = "The skill it attests, where it is tied to one") @Nullable
        UUID skill) {

    static CertificationDto of(Certification certification) {
        var skill = certification.skill();
        return new CertificationDto(
                certification.id().value(), certification.name(), skill == null ? null : skill.value());
    }
}
