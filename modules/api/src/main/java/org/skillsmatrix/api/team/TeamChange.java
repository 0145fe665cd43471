package org.skillsmatrix.api.team;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.team.Team;

/** A team as it is to be: its name, and every member and manager by id. */
@Schema(name = "TeamChange")
record TeamChange(
        @NotBlank @Size(max = Team.MAX_NAME) @Schema(example = "Payments") @Nullable
        String name,

        @NotNull @Size(max = 10_000) @Schema(description = "The members' ids") @Nullable
        List<@NotNull UUID> members,

        @NotNull @Size(max = 1_000) @Schema(description = "The managers' ids") @Nullable
        List<@NotNull UUID> managers,

        @Schema(description = "The version the change is based on, if If-Match does not name it", example = "0")
        @Nullable
        Long version) {}
