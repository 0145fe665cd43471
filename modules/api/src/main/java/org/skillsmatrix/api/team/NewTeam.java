package org.skillsmatrix.api.team;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.team.Team;

/** A team to add, at first without people. */
@Schema(name = "NewTeam")
record NewTeam(
        @NotBlank @Size(max = Team.MAX_NAME) @Schema(example = "Payments") @Nullable
        String name) {}
