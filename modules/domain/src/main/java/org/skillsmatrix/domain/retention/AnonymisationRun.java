package org.skillsmatrix.domain.retention;

/**
 * What one run of the anonymisation did.
 *
 * @param due leavers whose retention period was over
 * @param anonymised of those, how many this run anonymised (one another run got to first is not counted)
 */
public record AnonymisationRun(int due, int anonymised) {}
