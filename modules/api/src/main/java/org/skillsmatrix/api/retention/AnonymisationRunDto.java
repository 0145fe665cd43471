package org.skillsmatrix.api.retention;

import io.swagger.v3.oas.annotations.media.Schema;
import org.skillsmatrix.domain.retention.AnonymisationRun;

/** What one run of the anonymisation did. */
@Schema(name = "AnonymisationRun")
record AnonymisationRunDto(
        @Schema(description = "People who left whose retention period was over")
        int due,

        @Schema(description = "Of those, anonymised by this run")
        int anonymised) {

    static AnonymisationRunDto of(AnonymisationRun run) {
        return new AnonymisationRunDto(run.due(), run.anonymised());
    }
}
