/** Append-only storage of assessments, and the current-rating and team-matrix read models. */
@NullMarked
package org.skillsmatrix.persistence.assessment;

import org.jspecify.annotations.NullMarked;
