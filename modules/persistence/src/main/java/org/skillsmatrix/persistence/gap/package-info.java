/** The coverage read models of gap analysis, as set-based SQL. */
@NullMarked
package org.skillsmatrix.persistence.gap;

import org.jspecify.annotations.NullMarked;
