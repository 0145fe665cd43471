/** Calibration: where a team's self and manager ratings diverge, per person and skill. */
@NullMarked
package org.skillsmatrix.ui.calibration;

import org.jspecify.annotations.NullMarked;
