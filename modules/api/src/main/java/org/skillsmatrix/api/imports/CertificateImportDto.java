package org.skillsmatrix.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import org.skillsmatrix.domain.imports.CertificateImportSummary;
import org.skillsmatrix.domain.imports.ImportResult;

/** What an import of certificates does (dry run) or did. */
@Schema(name = "CertificateImport")
record CertificateImportDto(
        @Schema(description = "Whether the file was written; false for a dry run")
        boolean applied,

        @Schema(description = "The rows below the header", example = "240")
        int rows,

        @Schema(description = "Certificates recorded", example = "236")
        int added,

        @Schema(description = "Certificates of the file recorded already", example = "4")
        int alreadyPresent) {

    static CertificateImportDto of(ImportResult<CertificateImportSummary> result) {
        var summary = Objects.requireNonNull(result.summary());
        return new CertificateImportDto(result.applied(), result.rows(), summary.added(), summary.alreadyPresent());
    }
}
