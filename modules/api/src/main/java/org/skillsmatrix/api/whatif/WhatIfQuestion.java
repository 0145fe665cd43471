package org.skillsmatrix.api.whatif;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;

/** Who leaves and who moves to which team; asking changes nothing. */
@Schema(name = "WhatIfQuestion")
record WhatIfQuestion(
        @NotNull @Size(min = 1, max = AnalyseWhatIf.MAX_PEOPLE) @Nullable
        List<@Valid @NotNull PersonChange> changes) {

    /** One person: they leave, or, with {@code moveTo}, they move to that team. */
    @Schema(name = "WhatIfChange")
    record PersonChange(
            @NotNull @Schema(description = "The person's id") @Nullable
            UUID person,

            @Schema(description = "The team they move to; none: they leave the organisation") @Nullable
            UUID moveTo) {}
}
