package org.skillsmatrix.app.usecase;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits of the CSV imports ({@code skills-matrix.import.*}): the largest file, by default 32 MB, and the most
 * rows below the header, by default 100,000. Uploads over the servlet's multipart limit are refused before the import
 * sees them; keep that limit a little above this one.
 */
@ConfigurationProperties("skills-matrix.import")
record ImportProperties(
        @Nullable DataSize maxBytes, @Nullable Integer maxRows) {

    ImportProperties {
        maxBytes = maxBytes == null ? DataSize.ofBytes(32_000_000) : maxBytes;
        maxRows = maxRows == null ? 100_000 : maxRows;
    }

    @Override
    public DataSize maxBytes() {
        return java.util.Objects.requireNonNull(maxBytes);
    }

    @Override
    public Integer maxRows() {
        return java.util.Objects.requireNonNull(maxRows);
    }
}
