package org.skillsmatrix.domain.imports;

/**
 * How large an import may be: files of at most {@code maxBytes} bytes and {@code maxRows} rows below the header.
 * Larger ones are refused as a whole, before anything is checked row by row.
 */
public record ImportLimits(long maxBytes, int maxRows) {

    /** 32 MB and 100,000 rows: a year of ratings of a large organisation in one file. */
    public static final ImportLimits DEFAULT = new ImportLimits(32_000_000, 100_000);

    /** At most this many problems are listed; all of them are counted. */
    public static final int MAX_LISTED_PROBLEMS = 1_000;

    public ImportLimits {
        if (maxBytes < 1 || maxRows < 1) {
            throw new IllegalArgumentException("Import limits must be positive");
        }
    }
}
