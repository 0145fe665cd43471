/** Staffing a piece of work: the fewest people who cover the skills, levels and headcounts it needs. */
@NullMarked
package org.skillsmatrix.domain.staffing;

import org.jspecify.annotations.NullMarked;
