/** Assessments: append-only self and manager ratings, current ratings and the team matrix. */
@NullMarked
package org.skillsmatrix.domain.assessment;

import org.jspecify.annotations.NullMarked;
