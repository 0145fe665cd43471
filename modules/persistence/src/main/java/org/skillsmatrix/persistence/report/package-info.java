/**
 * The read models reports stream from: the skills matrix of many teams through a database cursor, and the
 * organisation's level counts now and at a point in the past, as set-based SQL.
 */
@NullMarked
package org.skillsmatrix.persistence.report;

import org.jspecify.annotations.NullMarked;
