package org.skillsmatrix.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;

/** A multipart upload of a CSV file, as the OpenAPI document describes it. */
@Schema(name = "CsvUpload")
record CsvUpload(
        @Schema(description = "The CSV file, UTF-8", type = "string", format = "binary")
        String file) {}
