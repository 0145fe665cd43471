package org.skillsmatrix.api.staffing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a piece of work needs, where to draw people from, and whom to leave out or put in. */
@Schema(name = "StaffingQuestion")
record StaffingQuestion(
        @NotNull @Schema(description = "Each skill the work needs, once; at least one") @Nullable
        List<@Valid @NotNull NeedDto> needs,

        @Schema(description = "The teams to draw people from; none or empty: the whole organisation") @Nullable
        List<@NotNull UUID> teams,

        @Schema(description = "People not to propose") @Nullable
        List<@NotNull UUID> exclude,

        @Schema(
                description = "People to propose first, in this order, whatever the rule would pick; people the"
                        + " caller may see who meet at least one need")
        @Nullable
        List<@NotNull UUID> pin) {

    /** One skill the work needs: at least {@code minimum}, {@code headcount} people. */
    @Schema(name = "StaffingNeed")
    record NeedDto(
            @NotNull @Schema(description = "The skill's id") @Nullable
            UUID skill,

            @NotNull @Schema(description = "The lowest level that counts, 1 to 4", example = "3") @Nullable
            Integer minimum,

            @NotNull @Schema(description = "How many people at that level or above, 1 to 50", example = "2") @Nullable
            Integer headcount) {}
}
