package org.skillsmatrix.api.profile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.skillsmatrix.domain.profile.RoleProfile;

/** The level a job role expects in each skill it names. */
@Schema(name = "RoleProfile")
record RoleProfileDto(
        UUID id,
        @Schema(example = "Senior Back-end Engineer") String name,
        List<ExpectationDto> expectations,

        @Schema(description = "Changes with every edit; send it back in If-Match", example = "0")
        long version) {

    static RoleProfileDto of(RoleProfile profile) {
        return new RoleProfileDto(
                profile.id().value(),
                profile.name(),
                profile.expectations().entrySet().stream()
                        .map(entry -> new ExpectationDto(
                                entry.getKey().value(), entry.getValue().value()))
                        .sorted(Comparator.comparing(ExpectationDto::skill))
                        .toList(),
                profile.version());
    }
}
