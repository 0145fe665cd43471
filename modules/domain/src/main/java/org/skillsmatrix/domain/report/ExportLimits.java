package org.skillsmatrix.domain.report;

/**
 * How many exports may run at once on one node of the application. An export holds a database connection for as
 * long as its file streams (seconds for the whole organisation), so a few at a time leave the pool to everyone
 * else; one more is refused at once rather than queued.
 */
public record ExportLimits(int concurrent) {

    /** Four at a time: below the connection pool's ten, which the pages and the API share with them. */
    public static final ExportLimits DEFAULT = new ExportLimits(4);

    public ExportLimits {
        if (concurrent < 1) {
            throw new IllegalArgumentException("At least one export must be able to run");
        }
    }
}
