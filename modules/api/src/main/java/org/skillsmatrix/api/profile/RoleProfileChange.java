package org.skillsmatrix.api.profile;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.profile.RoleProfile;

/** A role profile as it is to be: its name and every expectation. */
@Schema(name = "RoleProfileChange")
record RoleProfileChange(
        @NotBlank @Size(max = RoleProfile.MAX_NAME) @Schema(example = "Senior Back-end Engineer") @Nullable
        String name,

        @NotNull @Size(max = 1_000) @Nullable List<@Valid @NotNull ExpectationDto> expectations,

        @Schema(description = "The version the change is based on, if If-Match does not name it", example = "0")
        @Nullable
        Long version) {}
