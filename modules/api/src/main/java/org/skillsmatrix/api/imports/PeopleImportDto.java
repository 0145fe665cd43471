package org.skillsmatrix.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import org.skillsmatrix.domain.imports.ImportResult;
import org.skillsmatrix.domain.imports.PeopleImportSummary;

/** What an import of people and teams does (dry run) or did. */
@Schema(name = "PeopleImport")
record PeopleImportDto(
        @Schema(description = "Whether the file was written; false for a dry run")
        boolean applied,

        @Schema(description = "The rows below the header", example = "72")
        int rows,

        @Schema(example = "3") int peopleAdded,
        @Schema(example = "1") int peopleChanged,
        @Schema(example = "68") int peopleUnchanged,
        @Schema(example = "0") int teamsAdded,
        @Schema(example = "1") int teamsChanged) {

    static PeopleImportDto of(ImportResult<PeopleImportSummary> result) {
        var summary = Objects.requireNonNull(result.summary());
        return new PeopleImportDto(
                result.applied(),
                result.rows(),
                summary.peopleAdded(),
                summary.peopleChanged(),
                summary.peopleUnchanged(),
                summary.teamsAdded(),
                summary.teamsChanged());
    }
}
