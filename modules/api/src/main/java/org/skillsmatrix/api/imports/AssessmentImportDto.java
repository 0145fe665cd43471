package org.skillsmatrix.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import org.skillsmatrix.domain.imports.AssessmentImportSummary;
import org.skillsmatrix.domain.imports.ImportResult;

/** What an import of ratings does (dry run) or did. */
@Schema(name = "AssessmentImport")
record AssessmentImportDto(
        @Schema(description = "Whether the file was written; false for a dry run")
        boolean applied,

        @Schema(description = "The rows below the header", example = "1200")
        int rows,

        @Schema(description = "Ratings added to the history", example = "1180")
        int added,

        @Schema(description = "Ratings of the file the history holds already", example = "20")
        int alreadyPresent) {

    static AssessmentImportDto of(ImportResult<AssessmentImportSummary> result) {
        var summary = Objects.requireNonNull(result.summary());
        return new AssessmentImportDto(result.applied(), result.rows(), summary.added(), summary.alreadyPresent());
    }
}
