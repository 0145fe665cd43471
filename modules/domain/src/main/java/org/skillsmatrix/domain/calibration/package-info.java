/** Calibration: where a person's own ratings and their manager's diverge, instead of silently averaging them. */
@NullMarked
package org.skillsmatrix.domain.calibration;

import org.jspecify.annotations.NullMarked;
