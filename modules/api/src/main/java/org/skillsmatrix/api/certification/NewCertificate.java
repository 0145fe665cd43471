package org.skillsmatrix.api.certification;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A certificate to record: a certification of the catalog, its dates and optionally a link to evidence. */
@Schema(name = "NewCertificate")
record NewCertificate(
        @NotNull @Nullable UUID certification,

        @NotNull @Schema(description = "Today or earlier", example = "2025-05-01") @Nullable
        LocalDate issued,

        @NotNull @Schema(description = "After the issue date", example = "2028-05-01") @Nullable
        LocalDate expires,

        @Schema(description = "An http or https link", example = "https://www.credly.com/badges/example") @Nullable
        String evidence) {}
