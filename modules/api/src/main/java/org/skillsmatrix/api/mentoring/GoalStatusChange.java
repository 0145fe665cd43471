package org.skillsmatrix.api.mentoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Closing a goal as done, or cancelling it. */
@Schema(name = "GoalStatusChange")
record GoalStatusChange(
        @NotNull @Schema(description = "DONE or CANCELLED", example = "DONE") @Nullable
        Outcome status,

        @Schema(description = "The version the change is based on, if If-Match does not name it", example = "0")
        @Nullable
        Long version) {

    enum Outcome {
        DONE,
        CANCELLED
    }
}
